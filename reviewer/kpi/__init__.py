"""KPIs: the library, targets, actual results, scoring rules, alerts, evidence and dashboards."""

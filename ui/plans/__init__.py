"""The plans' windows: the guided flow that starts a plan, and the Improvement Plans page's
parts (list model, plan view, check-in timeline chart, the dialogs of each lifecycle step)."""

"""The Improvement Plans page's parts: the list model, the plan view, its check-in
timeline chart and the dialogs of each lifecycle step (ui/pages/plans_page.py assembles them)."""

"""TENANT schema: call metrics rollups, revenue and sentiment, selectors for the dashboards."""

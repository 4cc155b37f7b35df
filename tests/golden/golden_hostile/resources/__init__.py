"""One module per namespace of the Metabase 0.98.0 API."""

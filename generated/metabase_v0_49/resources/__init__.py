"""One module per namespace of the Metabase 0.49 API."""

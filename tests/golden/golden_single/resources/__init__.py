"""One module per namespace of the Metabase 0.99.1 API."""

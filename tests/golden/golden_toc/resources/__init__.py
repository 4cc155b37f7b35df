"""One module per namespace of the Metabase unknown API."""

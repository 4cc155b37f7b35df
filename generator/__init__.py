"""mbgen: typed Python clients generated from Metabase's API documentation."""

__version__ = "0.2.0"

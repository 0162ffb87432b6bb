"""Sciatica Coach: an offline coach for a home sciatica exercise routine."""

__version__ = "0.1.0"

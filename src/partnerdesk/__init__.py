"""PartnerDesk: an offline relationship notebook for partnerships between organizations."""

__version__ = "0.1.0"

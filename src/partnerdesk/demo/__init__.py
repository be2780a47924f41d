"""Sample notebooks: a believable, reproducible partnership history for demos and scale tests."""

from partnerdesk.demo.generator import generate

__all__ = ["generate"]

"""Plain-Python core of PartnerDesk: values, rules and calculations, with no Qt and no SQL."""

"""The `partnerdesk` command line."""

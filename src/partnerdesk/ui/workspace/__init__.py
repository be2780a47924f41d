"""The partner workspace: a header and one tab per area of the partnership."""

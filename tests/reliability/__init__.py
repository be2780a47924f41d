"""The reliability suite: scenarios that break things on purpose and check nothing is lost."""

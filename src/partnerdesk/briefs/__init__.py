"""The one-page partner brief rendered to HTML, laid out on one page, written as PDF."""

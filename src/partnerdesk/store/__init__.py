"""The notebook on disk: SQLite through SQLAlchemy, migrations, backups; the only layer with SQL."""

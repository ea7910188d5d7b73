"""SmallCRM core: models, services, documents and CLI. Never imports Qt."""

# The version, defined here only: pyproject.toml reads it (dynamic version), and so do `smallcrm --version`,
# Help → About and the installers' build (packaging/). A release changes it here and adds its CHANGELOG entry.
__version__ = "0.1.0"

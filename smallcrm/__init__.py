"""SmallCRM core: models, services, documents and CLI. Never imports Qt."""

__version__ = "0.1.0"

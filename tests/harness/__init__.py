"""The test harness in named parts, each a pytest plugin that conftest.py loads."""

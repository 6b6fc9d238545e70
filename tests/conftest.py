"""Shared fixtures. ``pipeline``: the default model with all of newsgraph's stages, loaded once per session."""

import pytest


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.core import Pipeline

    return Pipeline()

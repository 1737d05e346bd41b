"""Fixtures for widget tests: a fresh AttentionModel per test."""

import pytest

from qkv_gui.model import AttentionModel


@pytest.fixture
def model(qtbot, self_session):
    return AttentionModel(self_session)


@pytest.fixture
def model_2d(qtbot, two_d_session):
    return AttentionModel(two_d_session)

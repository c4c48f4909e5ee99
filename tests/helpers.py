"""Small helpers the test modules share (fixtures live in conftest.py)."""


def html(response) -> str:
    return response.content.decode()

"""nbval's debug log of kernel messages: complete when it is on, free when it is off."""

import logging
import pprint

import nbval.kernel


class Watched:
    """A value that counts how often it is formatted."""

    formatted = 0

    def __repr__(self) -> str:
        Watched.formatted += 1
        return "Watched()"


class OneMessage:
    """Stands in for a kernel client that has one message waiting."""

    def __init__(self, message: dict) -> None:
        self.message = message

    def get_iopub_msg(self, timeout: float | None = None) -> dict:
        return self.message


def receive(message: dict) -> dict:
    kernel = object.__new__(nbval.kernel.RunningKernel)  # no kernel process is needed
    kernel.kc = OneMessage(message)
    return kernel.get_message("iopub", timeout=1)


def test_the_debug_log_shows_every_message_in_full(caplog):
    message = {"msg_type": "stream", "content": {"name": "stdout", "text": "7\n" * 40}}
    with caplog.at_level(logging.DEBUG, logger="nbval"):
        assert receive(message) is message
    assert pprint.pformat(message) in caplog.text


def test_a_message_is_not_formatted_when_debug_logging_is_off(caplog):
    before = Watched.formatted
    with caplog.at_level(logging.INFO, logger="nbval"):
        receive({"msg_type": "display_data", "content": {"data": Watched()}})
    assert Watched.formatted == before
    assert caplog.text == ""

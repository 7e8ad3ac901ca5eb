"""The chain a refused TLS server sent, read from its TLS 1.2 handshake bytes, and how much of it is kept."""

from __future__ import annotations

import contextlib
import socket
import time

from provenance.capture.tls import (
    MOST_CHAIN_BYTES,
    MOST_CHAIN_CERTIFICATES,
    certificates_in_handshake,
    chain_record,
    presented_certificates,
)


def _record(content_type: int, fragment: bytes) -> bytes:
    return bytes([content_type, 3, 3]) + len(fragment).to_bytes(2, "big") + fragment


def _message(kind: int, body: bytes) -> bytes:
    return bytes([kind]) + len(body).to_bytes(3, "big") + body


def _certificate_message(*certificates: bytes) -> bytes:
    listed = b"".join(len(der).to_bytes(3, "big") + der for der in certificates)
    return _message(11, len(listed).to_bytes(3, "big") + listed)


def test_the_certificates_are_read_in_the_order_sent_across_records() -> None:
    handshake = _message(2, b"hello") + _certificate_message(b"leaf", b"intermediate") + _message(14, b"")
    received = _record(22, handshake[:7]) + _record(22, handshake[7:])
    assert certificates_in_handshake(received) == (b"leaf", b"intermediate")


def test_a_certificate_message_not_all_received_gives_no_chain() -> None:
    received = _record(22, _message(2, b"hello") + _certificate_message(b"leaf", b"intermediate")[:-3])
    assert certificates_in_handshake(received) == ()


def test_what_follows_a_change_cipher_spec_is_not_read() -> None:
    received = (
        _record(22, _message(2, b"hello")) + _record(20, b"\x01") + _record(22, _certificate_message(b"x"))
    )
    assert certificates_in_handshake(received) == ()


def test_lengths_that_lie_end_the_reading_without_an_error() -> None:
    lying = _record(22, _message(11, b"\xff\xff\xff" + b"\x00\x00\x02ab" + b"\x00\x00\x09abc"))
    assert certificates_in_handshake(lying) == (b"ab",), "the certificate said longer than it is is not kept"
    assert certificates_in_handshake(b"\x16\x03") == ()
    assert certificates_in_handshake(b"\x16\x03\x03\xff\xff" + b"\x0b" * 100_000) == ()


def test_the_chain_kept_is_bounded_in_count_and_bytes_and_says_what_it_left_out() -> None:
    many = tuple(bytes([index]) * 10 for index in range(MOST_CHAIN_CERTIFICATES + 3))
    assert chain_record(many)["left_out"] == 3
    large = (b"a" * (MOST_CHAIN_BYTES - 10), b"b" * 20, b"c")
    record = chain_record(large)
    assert (len(record["certificates"]), record["left_out"]) == (1, 2)


def test_a_server_silent_to_the_handshake_is_waited_for_once() -> None:
    # The chain's TLS 1.2 handshake timed out; asking again for the leaf alone would wait as long again.
    # Counted, not timed (0.3 s waited once, not 0.6 s): one wait can take over 0.55 s on a loaded machine.
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        started = time.monotonic()
        assert presented_certificates("127.0.0.1", port, "t.me", 0.3, lambda sock: None) == ()
        assert time.monotonic() - started < 30, "not waited for without end"
        listener.setblocking(False)
        connections = []
        with contextlib.suppress(BlockingIOError):
            while True:
                connections.append(listener.accept()[0])
        for connection in connections:
            connection.close()
    assert len(connections) == 1, "asked once"

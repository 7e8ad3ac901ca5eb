"""How a run reached its sources, read from its recorded options (`provenance/reach.py`)."""

from __future__ import annotations

from provenance.reach import connect_to_rule_for, connect_to_rules, route_notes


def test_the_rule_named_is_the_first_that_sends_the_urls_host_and_port_elsewhere_as_a_capture_picks_it() -> (
    None
):
    rules = ("news.example:80:127.0.0.1:8080", "::127.0.0.1:9090")
    assert connect_to_rule_for(rules, "http://news.example/a") == rules[0]
    assert connect_to_rule_for(rules, "https://NEWS.example/a") == rules[1]  # port 443: the catch-all's
    assert connect_to_rule_for(rules[:1], "https://news.example/a") is None
    assert connect_to_rule_for(rules[:1], "http://news.example:8000/") is None


def test_a_recorded_rule_that_does_not_parse_matches_nothing_and_a_bad_url_is_no_error() -> None:
    assert (
        connect_to_rule_for(("not a rule", "news.example::127.0.0.1:99999"), "http://news.example/") is None
    )
    assert connect_to_rule_for(("::127.0.0.1:1",), "http://[::1/") is None
    assert connect_to_rule_for(("::127.0.0.1:1",), "ftp://news.example/") is None


def test_route_notes_name_each_way_off_the_usual_route_and_nothing_for_the_usual_one() -> None:
    assert route_notes({"connect_to": [], "proxy": None, "ca_bundle": None}) == ()
    assert route_notes({}) == () and connect_to_rules({"connect_to": "x"}) == ()
    notes = route_notes(
        {"connect_to": ["a.example::127.0.0.1:1"], "proxy": "http://proxy:3128", "ca_bundle": "ca.pem"}
    )
    assert [note.split(" ", 3)[:3] for note in notes] == [
        ["requests", "went", "through"],
        ["requests", "went", "through"],
        ["TLS", "certificates", "were"],
    ]
    assert "--connect-to a.example::127.0.0.1:1" in notes[0] and "http://proxy:3128" in notes[1]


def test_route_notes_say_private_addresses_were_allowed() -> None:
    # A run line whose --connect-to was swapped for --allow-private verified intact with no word of it: a
    # capture from 127.0.0.1 then reads as the operator's choice, which the reader must be told.
    assert route_notes({"allow_private": False, "allow_hosts": []}) == ()
    notes = route_notes({"allow_private": True, "allow_hosts": ["intranet.example"]})
    assert notes[0].startswith("private and local addresses were allowed (--allow-private)")
    assert notes[1].startswith("--allow-host intranet.example: these hosts may have been reached at private")

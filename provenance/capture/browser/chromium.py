"""Which Chromium runs, and with which flags.

Chromium comes from the system (Debian's `chromium` package), never from `playwright install`: it is found
through `PROVENANCE_CHROMIUM`, else on PATH. Playwright 1.64 drives it; its own bundled build is Chromium 156,
the major version Debian ships today, so the DevTools protocol the two speak is the same.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Mapping
from pathlib import Path

from provenance.errors import UsageError

CHROMIUM_VARIABLE = "PROVENANCE_CHROMIUM"
_NAMES_ON_PATH = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")

# Proxy bypass rule that removes Chromium's implicit bypass of loopback addresses.
LOOPBACK_TOO = "<-loopback>"

# Headless as root in a container, with nothing Chromium does on its own behalf (updates, sync, metrics,
# field trials). Some of its own traffic remains (component updates, sign-in checks): see network_flags.
BASE_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-field-trial-config",
    "--metrics-recording-only",
    "--no-default-browser-check",
    "--mute-audio",
)


_dead_end: socket.socket | None = None
_dead_end_lock = threading.Lock()


def dead_end_port() -> int:
    """A loopback port bound for the life of the process and never listened on: connecting is refused.

    Chromium's own traffic (updates, sign-in, anything not of the page) is sent there and fails, and nothing
    else can take the port while it is held."""
    global _dead_end
    with _dead_end_lock:
        if _dead_end is None:
            _dead_end = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            _dead_end.bind(("127.0.0.1", 0))
        port: int = _dead_end.getsockname()[1]
        return port


def network_flags(dead_end: int) -> list[str]:
    """Flags that leave Chromium no way out of its own: the page's context gets the recording proxy (see
    `page`), and everything else goes to `dead_end` (see `dead_end_port`) and fails.

    - Every scheme goes to a proxy, loopback included (Chromium bypasses proxies for loopback unless told
      `<-loopback>`), so a page cannot reach 127.0.0.1 or 169.254.169.254 behind the proxy's back.
    - Chromium resolves no name itself: with fixed proxies it never needs to, and mapping every name to
      "not found" also stops DNS prefetching from leaking the names a page mentions.
    - WebRTC may not send UDP outside a proxy (it has none that carries UDP), so ICE/STUN cannot leak.
    - QUIC is off (BASE_FLAGS): HTTP/3 would not go through an HTTP proxy.
    """
    return [
        f"--proxy-server=http://127.0.0.1:{dead_end}",
        f"--proxy-bypass-list={LOOPBACK_TOO}",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--dns-prefetch-disable",
    ]


def find_chromium(environ: Mapping[str, str] | None = None) -> Path:
    """The Chromium executable to run; UsageError naming how to get one when there is none."""
    env = os.environ if environ is None else environ
    chosen = env.get(CHROMIUM_VARIABLE)
    if chosen:
        path = Path(chosen)
        if not path.is_file() or not os.access(path, os.X_OK):
            raise UsageError(f"--browser: {CHROMIUM_VARIABLE}={chosen} is not an executable file")
        return path
    search_path = env.get("PATH", os.defpath)
    for name in _NAMES_ON_PATH:
        found = shutil.which(name, path=search_path)
        if found:
            return Path(found)
    raise UsageError(
        f"--browser: no Chromium found on PATH; install it (apt-get install -y chromium) "
        f"or name it with {CHROMIUM_VARIABLE}=/path/to/chromium"
    )

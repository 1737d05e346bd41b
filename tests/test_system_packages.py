"""tools/system-packages: the libraries Qt's xcb plugin really needs, installed or named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "system-packages"
# Packages every Debian/Ubuntu system has (priority "required"): never missing.
BASE_PACKAGES = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}


def listed(what: str) -> list[str]:
    out = subprocess.run(["bash", str(SCRIPT), "list", what], check=True, capture_output=True, text=True)
    return out.stdout.split()


def test_test_list_adds_the_real_window_tools_to_the_run_list():
    run, test = listed("run"), listed("test")
    assert set(run) < set(test)
    assert {"xvfb", "xdotool", "imagemagick"} <= set(test) - set(run)


@pytest.mark.skipif(not (shutil.which("readelf") and shutil.which("dpkg")), reason="needs readelf and dpkg")
def test_every_library_the_xcb_plugin_links_against_is_listed():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so",
                *(qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Core", "DBus"))]
    needed = set()
    for binary in binaries:
        dynamic = subprocess.run(["readelf", "-d", str(binary)], check=True, capture_output=True,
                                 text=True).stdout
        needed |= {line.split("[", 1)[1].split("]", 1)[0] for line in dynamic.splitlines()
                   if "(NEEDED)" in line}
    # Qt's own libraries (and the ICU it bundles) ship inside the wheel.
    system = sorted(lib for lib in needed if not (qt / "lib" / lib).exists())
    assert "libxcb-icccm.so.4" in system and "libxcb-keysyms.so.1" in system
    run = set(listed("run"))
    for lib in system:
        found = subprocess.run(["dpkg", "-S", f"*/{lib}"], capture_output=True, text=True)
        if found.returncode != 0:
            pytest.fail(f"{lib} is not installed here, so its package cannot be checked")
        packages = {entry.split(":")[0] for entry in found.stdout.splitlines()}
        packages = {name.removesuffix("t64") for name in packages}
        assert packages & (run | BASE_PACKAGES), f"{lib} comes from {packages}, not in the list"


def fake_bin(tmp_path: Path, uid: int, has_sudo: bool) -> dict:
    """A PATH in which dpkg says nothing is installed, `id -u` is `uid`, and apt-get records."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    scripts = {
        "dpkg": "exit 0",
        "dpkg-query": "exit 1",
        "id": f"echo {uid}",
        "apt-get": f'echo "$@" >> {tmp_path / "apt.log"}',
        "sudo": f'if [ "$1" = -n ] && [ "$2" = true ]; then exit {0 if has_sudo else 1}; fi; shift; "$@"',
    }
    for name, body in scripts.items():
        path = bin_dir / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}


@pytest.mark.skipif(sys.platform != "linux", reason="Debian tooling")
def test_as_root_it_installs_the_missing_packages(tmp_path):
    env = fake_bin(tmp_path, uid=0, has_sudo=False)
    done = subprocess.run(["bash", str(SCRIPT), "run"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    calls = (tmp_path / "apt.log").read_text().splitlines()
    assert calls[0] == "update -qq"
    assert calls[1].split() == ["install", "-y", "--no-install-recommends", *listed("run")]


@pytest.mark.skipif(sys.platform != "linux", reason="Debian tooling")
def test_without_root_or_sudo_it_prints_the_exact_command_and_fails(tmp_path):
    env = fake_bin(tmp_path, uid=1000, has_sudo=False)
    done = subprocess.run(["bash", str(SCRIPT), "test"], env=env, capture_output=True, text=True)
    assert done.returncode == 1
    assert not (tmp_path / "apt.log").exists()
    expected = "sudo apt-get install -y --no-install-recommends " + " ".join(listed("test"))
    assert expected in done.stderr
    assert all(line.startswith("error: ") for line in done.stderr.splitlines())

"""build.spec, the Windows installer script, the macOS script and the release workflow name
the same programs, folders and files; the version is written only in pyproject.toml; the
rendered icons hold the sizes the platforms ask for."""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
import struct
import tomllib
from pathlib import Path, PureWindowsPath

import pytest
import yaml

from db.location import APP_NAME as DATA_FOLDER
from desktop.app import APPLICATION, ORGANISATION

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
ISS = ROOT / "installer" / "windows" / "kakehashi.iss"
DMG_SCRIPT = ROOT / "installer" / "macos" / "build_dmg.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
ICONS = ROOT / "resources" / "icons"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def spec_constants() -> dict[str, object]:
    """The spec's top-level constants written as literals (APP_NAME, CLI_NAME, ...)."""
    found = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


def iss_defines() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8-sig")
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.MULTILINE))


def iss_setup() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8-sig")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r"^(\w+)=(.*)$", section, flags=re.MULTILINE))


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def run_lines(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_the_spec_names_the_programs_and_reads_the_version_from_pyproject():
    names = spec_constants()
    assert names["APP_NAME"] == APPLICATION == "Kakehashi"
    assert names["CLI_NAME"] == "kakehashi-cli"
    # Two programs in one folder must differ by more than case (macOS and Windows ignore case).
    assert names["APP_NAME"].lower() != names["CLI_NAME"].lower()
    assert re.fullmatch(r"[a-z]+(\.[a-z]+)+", names["BUNDLE_ID"])
    text = SPEC.read_text(encoding="utf-8")
    assert 'VERSION = tomllib.loads((ROOT / "pyproject.toml")' in text
    assert '"ProductVersion": VERSION' in text  # the installer reads the version from there


def test_the_version_is_written_only_in_pyproject():
    for path in (SPEC, ISS, DMG_SCRIPT, WORKFLOW):
        assert VERSION not in path.read_text(encoding="utf-8-sig"), path


def test_the_installer_script_installs_what_the_spec_builds():
    names, defines, setup = spec_constants(), iss_defines(), iss_setup()
    assert defines["AppName"] == names["APP_NAME"]
    assert defines["AppExeName"] == f"{names['APP_NAME']}.exe"
    assert defines["CliExeName"] == f"{names['CLI_NAME']}.exe"
    bundle = (ISS.parent / PureWindowsPath(defines["BundleDir"]).as_posix()).resolve()
    assert bundle == ROOT / "dist" / names["APP_NAME"]  # COLLECT's folder under PyInstaller's dist/
    assert (ISS.parent / PureWindowsPath(setup["OutputDir"]).as_posix()).resolve() == ROOT / "dist"
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve() == ICONS / "kakehashi.ico"
    assert setup["PrivilegesRequired"] == "lowest"  # per user, without administrator rights
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # one id for every version: upgrades
    # The user's data folder and settings are the program's own, kept on upgrade.
    assert defines["DataFolder"] == DATA_FOLDER == ORGANISATION
    text = ISS.read_text(encoding="utf-8-sig")
    assert 'GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\\" + AppExeName, "ProductVersion")' in text
    assert r'Type: filesandordirs; Name: "{app}\_internal"' in text  # an upgrade removes the old files
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")  # Inno Setup reads the Japanese as UTF-8


def test_the_macos_script_packages_the_spec_s_app():
    names = spec_constants()
    text = DMG_SCRIPT.read_text(encoding="utf-8")
    assert DMG_SCRIPT.stat().st_mode & 0o111
    assert f"APP=dist/{names['APP_NAME']}.app" in text
    assert f'CLI="$APP/Contents/MacOS/{names["CLI_NAME"]}"' in text
    assert "uv run pyinstaller --noconfirm build.spec" in text
    assert 'ln -s /Applications "$STAGING/Applications"' in text
    for variable in ("MACOS_SIGN_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert variable in text
    assert "Code signing skipped" in text and "Notarization skipped" in text
    assert (ROOT / "installer" / "macos" / "entitlements.plist").is_file()


def test_the_workflow_parses_pins_its_runners_and_names_existing_paths():
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare "on" as true
    assert "v*" in triggers["push"]["tags"]
    jobs = flow["jobs"]
    runners = [jobs["windows"]["runs-on"], jobs["release"]["runs-on"], *jobs["macos"]["strategy"]["matrix"]["runner"]]
    for runner in runners:
        assert "latest" not in runner and re.search(r"\d", runner), runner
    assert any("intel" in r for r in runners) and "macos-15" in runners  # both Mac architectures
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"(?:installer|resources|\.github)[/\\][\w./\\-]+|build\.spec|pyproject\.toml", text))
    assert named
    for path in named:
        assert (ROOT / PureWindowsPath(path).as_posix()).exists(), path


def test_the_workflow_builds_self_tests_and_uploads_what_the_scripts_make():
    names, setup = spec_constants(), iss_setup()
    jobs = workflow()["jobs"]
    windows = run_lines(jobs["windows"])
    assert "uv run pyinstaller --noconfirm build.spec" in windows
    assert f"dist\\{names['APP_NAME']}\\{names['CLI_NAME']}.exe --self-test --offscreen" in windows
    assert "ISCC.exe\" installer\\windows\\kakehashi.iss" in windows
    assert "choco install innosetup" in windows
    installer = setup["OutputBaseFilename"].replace("{#AppVersion}", VERSION) + ".exe"
    upload = next(s for s in jobs["windows"]["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert fnmatch.fnmatch(installer, Path(upload["with"]["path"]).name)
    assert f"{names['CLI_NAME']}.exe') --self-test --offscreen" in windows  # the installed program too
    mac = jobs["macos"]
    assert run_lines(mac).strip() == "installer/macos/build_dmg.sh"
    dmg = re.search(r'DMG="dist/(.+)"', DMG_SCRIPT.read_text(encoding="utf-8")).group(1)
    dmg = dmg.replace("$VERSION", VERSION).replace("$ARCH", "arm64")
    upload = next(s for s in mac["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert fnmatch.fnmatch(dmg, Path(upload["with"]["path"]).name)
    release = jobs["release"]
    assert set(release["needs"]) == {"windows", "macos"}
    assert "pyproject.toml" in run_lines(release) and "gh release upload" in run_lines(release)


# ------------------------------------------------------------------ the icon


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_rendered_icons_hold_the_sizes_windows_and_macos_ask_for():
    ico = (ICONS / "kakehashi.ico").read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert kind == 1
    sizes = set()
    for n in range(count):
        width, height, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * n:22 + 16 * n])
        side = width or 256
        assert (side, height or 256) == png_size(ico[offset:offset + length])
        sizes.add(side)
    assert {16, 24, 32, 48, 256} <= sizes
    icns = (ICONS / "kakehashi.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = {}, 8
    while at < len(icns):
        kind, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
        kinds[kind] = png_size(icns[at + 8:at + length])[0]
        at += length
    assert kinds[b"icp4"] == 16 and kinds[b"ic10"] == 1024 and kinds[b"ic08"] == 256
    for png in ICONS.glob("kakehashi-*.png"):
        side = int(png.stem.rsplit("-", 1)[1])
        assert png_size(png.read_bytes()) == (side, side)


@pytest.fixture
def render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "installer" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.qt_log_ignore("Cannot read file")  # the broken SVG below, as Qt reports it
def test_the_icon_script_renders_the_svg_at_every_size(qapp, tmp_path, render_icons):
    written = render_icons.render_all(ICONS / "kakehashi.svg", tmp_path)
    assert {p.name for p in written} == {p.name for p in ICONS.iterdir() if p.suffix in (".png", ".ico", ".icns")}
    assert png_size((tmp_path / "kakehashi-16.png").read_bytes()) == (16, 16)
    bad = tmp_path / "bad.svg"
    bad.write_text("not an svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not an SVG"):
        render_icons.render_png(bad, 16)

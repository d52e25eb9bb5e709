"""``registry build`` and what an installation reads: staging, the NSIS script, IT's settings file, the commands.

The real PyInstaller build takes a minute or more: it runs only with ``REGISTRY_BUILD_TEST=1`` (and in
``bench/build_bundle.py``, which also starts the bundle from a clean environment and reports the figures).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from registry import config
from registry.cli import main
from registry.packaging import installer, staging
from registry.services.profiles import load_profile
from registry.services.profiles.authoring import new_profile_text
from registry.services.profiles.municipalities import municipality


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_staging_bakes_the_profile_compiles_translations_and_stamps(tmp_path: Path) -> None:
    entry = municipality("grude")
    assert entry is not None
    source = tmp_path / "grude.toml"
    source.write_text(new_profile_text(entry), encoding="utf-8")
    from registry.services.profiles import load_profile_file

    staged = staging.stage(load_profile_file(source), tmp_path / "staged")
    resources = staged.root / "resources"
    assert (resources / "profiles" / "grude.toml").read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    qm = sorted(p.name for p in (resources / "translations").iterdir())
    assert qm == [f"registry_{s}.qm" for s in ("bs", "en", "hr", "sr_Cyrl", "sr_Latn")]
    assert all((resources / "translations" / name).stat().st_size > 1000 for name in qm)
    assert not list((resources / "translations").glob("*.ts"))  # nothing left to compile at start
    stamp = tomllib.loads((resources / "build.toml").read_text(encoding="utf-8"))
    assert stamp["profile"] == "grude" and stamp["centre"] == "JU Centar za socijalni rad Grude"
    assert stamp["commit"] and stamp["version"]
    index = (staged.root / "licenses" / "README.txt").read_text(encoding="utf-8")
    for name in ("PySide6", "SQLAlchemy", "reportlab", "sqlcipher3", "DejaVu"):
        assert name.lower() in index.lower(), name
    assert (staged.root / "migrations" / "env.py").is_file()
    assert sorted((staged.root / "migrations" / "versions").glob("0001_*.py"))


def _fake_bundle(root: Path) -> Path:
    bundle = root / "registry-posusje"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "registry.exe").write_bytes(b"MZ" + b"\0" * 64)
    (bundle / "_internal" / "resources" / "build.toml").write_text('profile = "posusje"\n', encoding="utf-8")
    return bundle


def test_installer_script_installs_and_removes_only_its_own_files(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    text = installer.render(load_profile("posusje"), bundle, tmp_path / "setup.exe")
    assert 'File "${BUNDLE}\\registry.exe"' in text
    assert 'File "${BUNDLE}\\_internal\\resources\\build.toml"' in text
    assert 'Delete "$INSTDIR\\_internal\\resources\\build.toml"' in text
    uninstall = text[text.index('Section "Uninstall"') :]
    assert "RMDir /r" not in uninstall and "settings.toml" not in uninstall  # registers and IT's settings stay
    assert "$LOCALAPPDATA" not in text and "$APPDATA" not in text
    assert 'CreateShortCut "$SMPROGRAMS\\${SHORTCUT_NAME}.lnk"' in text
    assert '!define SHORTCUT_NAME "Registar predmeta - JU Centar za socijalni rad Posušje"' in text
    assert "RequestExecutionLevel admin" in text and '"/CONFIG="' in text


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian package nsis) is not installed")
def test_makensis_compiles_the_installer(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    script = installer.write_script(load_profile("posusje"), bundle, tmp_path / "setup.nsi", tmp_path / "setup.exe")
    produced = installer.run_makensis(script)
    assert produced.read_bytes()[:2] == b"MZ"  # a Windows program


def test_settings_file_points_at_a_server_service_and_a_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f'database_service = "registry"\ndata_folder = "{tmp_path / "data2"}"\nlanguage = "hr"\n', encoding="utf-8"
    )
    monkeypatch.setenv(config.SETTINGS_ENV, str(settings))
    monkeypatch.delenv("REGISTRY_DATA_DIR")
    assert config.database_url() == "postgresql+psycopg:///?service=registry"
    assert config.data_dir() == tmp_path / "data2"
    assert config.user_language() == "hr"
    assert config.database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"  # the command line outranks IT


def test_a_wrong_settings_file_is_explained_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('database = "postgresql://server/registry"\n', encoding="utf-8")
    monkeypatch.setenv(config.SETTINGS_ENV, str(settings))
    code, _out, err = run(capsys, "--lang", "bs", "search", "x")
    assert code == 1
    assert 'nepoznata stavka "database"' in err and "database_url" in err and "Traceback" not in err


def test_profiles_new_then_check_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sb.toml"
    code, out, _err = run(capsys, "--lang", "bs", "profiles", "new", "Široki Brijeg", "-o", str(target))
    assert code == 0
    written = tmp_path / "siroki-brijeg.toml"
    assert str(written) in out and written.is_file()
    code, out, err = run(capsys, "--lang", "bs", "profiles", "check", str(written))
    assert code == 0 and "profil je ispravan" in out and "NAPOMENA red 17: address" in out
    written.write_text(
        written.read_text(encoding="utf-8").replace("anonymise_after_years = 10", "anonymise_after_years = 0"),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--lang", "en", "profiles", "check", str(written))
    assert code == 1
    line = next(
        n
        for n, text in enumerate(written.read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("anonymise_after_years")
    )
    assert f"ERROR line {line}: retention.anonymise_after_years: must be at least 1, not 0" in err


def test_profiles_new_refuses_an_unknown_or_ambiguous_name(tmp_path: Path, capsys) -> None:
    code, _out, err = run(capsys, "--lang", "bs", "profiles", "new", "Hogwarts", "-o", str(tmp_path / "x.toml"))
    assert code == 1 and "Nema općine" in err
    code, _out, err = run(capsys, "--lang", "bs", "profiles", "new", "istočn", "-o", str(tmp_path / "x.toml"))
    assert code == 1 and "Istočni Drvar (istocni-drvar)" in err
    assert not list(tmp_path.glob("*.toml"))


def test_build_with_a_broken_profile_stops_before_bundling(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "posusje.toml"
    broken.write_text(
        load_profile("posusje").path.read_text(encoding="utf-8").replace('script = "latn"', 'script = "arabic"')
    )
    code, _out, err = run(capsys, "--lang", "bs", "build", "--profile", str(broken), "--output", str(tmp_path / "o"))
    assert code == 1 and "locale.script" in err and not (tmp_path / "o").exists()


@pytest.mark.bundle
@pytest.mark.skipif(os.environ.get("REGISTRY_BUILD_TEST") != "1", reason="set REGISTRY_BUILD_TEST=1 (takes minutes)")
def test_real_bundle_starts_in_a_clean_environment(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    from registry.packaging.build import build

    result = build(load_profile("posusje"), tmp_path / "out")
    home = tmp_path / "home"
    home.mkdir()
    clean = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run(
        [str(result.folder / "registry"), "--version"], env=clean, capture_output=True, text=True, timeout=60
    )
    assert "posusje" in version.stdout and "commit" in version.stdout
    init = subprocess.run(
        [str(result.folder / "registry"), "--unencrypted", "init"],
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert init.returncode == 0 and "Posušje" in init.stdout


def test_a_profile_logo_travels_into_the_bundle(tmp_path: Path) -> None:
    from PIL import Image

    from registry.services.profiles import load_profile_file

    entry = municipality("grude")
    assert entry is not None
    folder = tmp_path / "profile"
    (folder / "images").mkdir(parents=True)
    Image.new("RGB", (40, 20), "navy").save(folder / "images" / "grb.png")
    source = folder / "grude.toml"
    source.write_text(new_profile_text(entry).replace('logo = ""', 'logo = "images/grb.png"'), encoding="utf-8")
    staged = staging.stage(load_profile_file(source), tmp_path / "staged")
    baked = load_profile_file(staged.root / "resources" / "profiles" / "grude.toml")
    assert baked.centre.logo_path is not None
    assert baked.centre.logo_path.read_bytes() == (folder / "images" / "grb.png").read_bytes()


def test_icu_data_keeps_the_programs_languages_and_code_pages_only() -> None:
    from registry.packaging.icu import kept

    for item in (
        "root.res",
        "bs.res",
        "hr_BA.res",
        "sr_Cyrl_BA.res",
        "en_GB.res",
        "plurals.res",
        "zoneinfo64.res",
        "coll/hr.res",
        "coll/ucadata.icu",
        "brkitr/line.brk",
        "brkitr/sr.res",
        "curr/pool.res",
        "cnvalias.icu",
        "nfkc.nrm",
        "ibm-5346_P100-1998.cnv",
        "ibm-912_P100-1995.cnv",
    ):
        assert kept(item), item
    for item in (
        "ja.res",
        "de_AT.res",
        "coll/zh.res",
        "brkitr/cjdict.dict",
        "translit/root.res",
        "unames.icu",
        "gb18030.cnv",
        "lang/fr.res",
        "zone/ar.res",
    ):
        assert not kept(item), item


def test_icu_data_library_is_cut_down_and_still_a_library(tmp_path: Path) -> None:
    from registry.packaging import icu

    if icu.data_library() is None or any(shutil.which(tool) is None for tool in icu.TOOLS):
        pytest.skip("no ICU of Qt's own here, or icupkg/genccode/readelf/gcc missing")
    notes: list[str] = []
    slim = icu.slim_data_library(tmp_path, notes)
    assert slim is not None, notes
    assert slim.stat().st_size < icu.data_library().stat().st_size / 4  # type: ignore[union-attr]
    symbols = subprocess.run(["readelf", "-sW", str(slim)], capture_output=True, text=True, check=True).stdout
    assert "icudt" in symbols and "_dat" in symbols
    listed = subprocess.run(
        ["icupkg", "--ignore-deps", "-l", str(next(tmp_path.glob("slim/*.dat")))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "coll/bs.res" in listed and "sr_Cyrl.res" in listed and "coll/ja.res" not in listed


def test_the_spec_leaves_the_desktops_own_libraries_to_the_desktop(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")  # the spec's opening lines import it; CI installs the test extras only
    from registry.packaging.bundle import spec_text

    slim = tmp_path / "libicudata.so.73"
    namespace: dict[str, object] = {}
    text = spec_text(tmp_path, console=True, icon=None, replaced={slim.name: slim})
    exec(text[: text.index("a = Analysis(")], namespace)  # the lists, without running PyInstaller
    exec(text[text.index("def wanted(entry):") : text.index("a.binaries =")], namespace)
    wanted = namespace["wanted"]
    assert callable(wanted)
    if sys.platform.startswith("linux"):
        assert not wanted(("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"))
        assert not wanted(("libxcb-randr.so.0", "/usr/lib/libxcb-randr.so.0", "BINARY"))
    assert wanted(("pillow.libs/libxcb-9065bb12.so.1.1.0", "/x", "BINARY"))  # a wheel's private copy stays
    assert wanted(("libpython3.11.so.1.0", "/x", "BINARY")) and wanted(("libcrypto.so.3", "/x", "BINARY"))
    assert str(slim) in text

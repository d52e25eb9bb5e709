"""The PyInstaller one-folder bundle: a spec written for this build, then PyInstaller in a subprocess.

One-folder, not one-file: a one-file program unpacks itself to a temporary folder at every start (slow, and
antivirus programs dislike it).  The bundle is kept lean: Qt modules the program does not use, test frameworks,
the build tools themselves and Qt's own translations other than Croatian are left out; on Linux, Qt's ICU data is
cut down to the program's languages (``packaging.icu``) and the desktop's own libraries are not copied in.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from registry.packaging.staging import REPOSITORY, StagingError

APP_NAME = "registry"

#: Python modules never needed at run time
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "pytest", "_pytest", "hypothesis", "pypdf",
    "importlinter", "grimp", "ruff", "IPython", "numpy", "PyInstaller", "setuptools", "pkg_resources",
    "registry.packaging", "pygments", "rich", "sqlalchemy.testing", "alembic.testing", "sqlalchemy.ext.mypy", "pydoc",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtSql", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtSvg",
    "PySide6.QtSvgWidgets", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtDesigner", "PySide6.QtStateMachine", "PySide6.QtNetworkAuth", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtTextToSpeech", "PySide6.QtWebSockets", "PySide6.QtSerialPort", "PySide6.QtBluetooth",
    "PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtGraphs", "PySide6.QtWebEngineCore",
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageQt", "readline",
)  # fmt: skip

#: parts of Qt and of the system (file names in the bundle) that the widgets application never loads: other
#: Qt modules, Wayland, EGL and GTK integration (the X11 and offscreen platforms and Qt's own file dialogs stay),
#: image formats other than PNG, JPEG, GIF and ICO
EXCLUDED_FILES = (
    "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6Designer", "Qt6ShaderTools", "Qt6Svg", "Qt6Sql",
    "Qt6OpenGL", "Qt6Network", "Qt6Xml", "Qt6Help", "Qt6Concurrent", "Qt6Wayland", "Qt6WlShell", "Qt6EglFS",
    "qsvg", "qpdf", "qtuiotouchplugin", "qwebgl", "qvnc", "qminimalegl", "qeglfs", "qlinuxfb", "qvkkhrdisplay",
    "qtvirtualkeyboard", "opengl32sw", "d3dcompiler", "qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qwayland",
    "qminimal", "qgtk3", "qxdgdesktopportal", "qxcb-egl", "qxcb-glx", "qevdev", "ibusplatform",
    "gtk-3", "gdk-3", "atk-", "atk-bridge", "cairo", "pango", "gdk_pixbuf", "epoxy", "wayland-", "pixman",
    "thai", "datrie", "fribidi", "avif", "webp", "sharpyuv", "lcms2",
)  # fmt: skip
#: Linux: libraries of the desktop itself that PyInstaller would copy from the build machine.  Every Linux desktop
#: that can show a window and print has them, and they must match that system (X11 and xcb, D-Bus and systemd,
#: GLib, fontconfig, FreeType and HarfBuzz, CUPS with its TLS and Kerberos libraries); copied in, they only cost
#: about 21 MB.  Only the bundle's top folder is filtered: the private copies that wheels bring (pillow.libs,
#: psycopg_binary.libs) stay.  Python's own (libpython, OpenSSL, SQLite, zlib, libffi, libstdc++) stay too.
SYSTEM_LIBRARIES = (
    "libgnutls", "libunistring", "libidn2", "libgcrypt", "libgpg-error", "libp11-kit", "libsystemd", "libdbus-1",
    "libcups", "libavahi-client", "libavahi-common", "libkrb5", "libkrb5support", "libgssapi_krb5", "libk5crypto",
    "libcom_err", "libkeyutils", "libglib-2.0", "libgio-2.0", "libgobject-2.0", "libgmodule-2.0", "libgthread-2.0",
    "libX11", "libX11-xcb", "libXext", "libXrender", "libXau", "libXdmcp", "libxcb", "libxkbcommon",
    "libfontconfig", "libfreetype", "libharfbuzz", "libgraphite2", "libpng16", "libbrotlicommon", "libbrotlidec",
    "libexpat", "libmount", "libblkid", "libselinux", "libpcre2-8", "libgmp", "libnettle", "libhogweed", "libtasn1",
    "libcap", "libmd", "libbsd", "libuuid", "libreadline", "libtinfo",
)  # fmt: skip
EXCLUDED_FOLDERS = (
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "platformthemes",
    "xcbglintegrations",
    "generic",
    "egldeviceintegrations",
)


def spec_text(staged: Path, *, console: bool, icon: Path | None, replaced: dict[str, Path] | None = None) -> str:
    """The ``.spec`` of this build (PyInstaller runs it as Python); ``replaced``: a library (by file name) built
    for the bundle instead of the one PyInstaller finds (the slim ICU data)."""
    system = SYSTEM_LIBRARIES if sys.platform.startswith("linux") else ()
    replacements = {name: str(path) for name, path in (replaced or {}).items()}
    entry = REPOSITORY / "registry" / "packaging" / "entry.py"
    strip = sys.platform != "win32"  # Linux libraries come with debug symbols (libpython: 23 MB, 6 MB stripped)
    datas = [
        (staged / "resources", "resources"),
        (staged / "migrations", "migrations"),
        (staged / "licenses", "licenses"),
    ]
    return f"""# Written by `registry build`; PyInstaller runs it.
from PyInstaller.utils.hooks import collect_submodules

hidden = [name for name in collect_submodules("registry") if not name.startswith("registry.packaging")]
hidden += collect_submodules("registry.i18n.catalogue") + ["sqlcipher3", "psycopg", "psycopg_binary",
           "keyring.backends.Windows", "keyring.backends.SecretService", "keyring.backends.macOS",
           "alembic.runtime.migration", "alembic.ddl.sqlite", "alembic.ddl.postgresql", "logging.config"]
excluded_files = {EXCLUDED_FILES!r}
excluded_folders = {EXCLUDED_FOLDERS!r}
system_libraries = {system!r}
replacements = {replacements!r}

a = Analysis(
    [{str(entry)!r}],
    pathex=[{str(REPOSITORY)!r}],
    datas={[(str(src), dst) for src, dst in datas]!r},
    hiddenimports=hidden,
    excludes={list(EXCLUDED_MODULES)!r},
    noarchive=False,
    optimize=1,
)


def wanted(entry):
    path = entry[0].replace("\\\\", "/")
    name = path.rsplit("/", 1)[-1]
    if any(name.startswith(part) or name.startswith("lib" + part) for part in excluded_files):
        return False
    if any(f"/plugins/{{folder}}/" in path for folder in excluded_folders):
        return False
    if "/" not in path and any(name.startswith(part + ".so") or name.startswith(part + "-")
                               for part in system_libraries):
        return False
    if "/translations/" in path and path.startswith("PySide6") and not path.endswith("qtbase_hr.qm"):
        return False
    return True


a.binaries = [(entry[0], replacements.get(entry[0].replace("\\\\", "/").rsplit("/", 1)[-1], entry[1]), entry[2])
              for entry in a.binaries if wanted(entry)]
a.datas = [entry for entry in a.datas if wanted(entry)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={APP_NAME!r}, console={console!r}, strip={strip!r},
          upx=False, icon={str(icon) if icon else None!r})
coll = COLLECT(exe, a.binaries, a.datas, strip={strip!r}, upx=False, name={APP_NAME!r})
"""


def run_pyinstaller(spec: Path, dist: Path, work: Path, log: Path) -> Path:
    """Build; the bundle's folder.  PyInstaller's own output goes to ``log`` (named in any failure)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise StagingError("build.no_pyinstaller") from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(spec),
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN",
    ]
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, cwd=spec.parent, timeout=1800)
    folder = dist / APP_NAME
    if result.returncode != 0 or not folder.is_dir():
        raise StagingError("build.pyinstaller_failed", log=log)
    return folder

"""Making a municipality's installable build: ``registry build --profile CODE``.

- ``staging``: the resources a bundle carries (the baked profile, fonts, compiled translations, migrations,
  licences) and its build stamp;
- ``bundle``: the PyInstaller one-folder bundle (a spec written for this build, lean: unused Qt left out);
- ``installer``: the Windows NSIS installer script and ``makensis``; the Linux ``.tar.gz``;
- ``build``: the steps in order, timed, with the sizes the closing report needs.

Nothing here is imported by the application itself; it runs only from a source checkout with PyInstaller.
"""

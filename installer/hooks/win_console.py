"""PyInstaller runtime hook: when started from a console on Windows, attach to it so that
``kartoteka.exe info`` prints there (Picard's win-startup-hook idea); a no-op elsewhere."""
import sys

if sys.platform == "win32" and len(sys.argv) > 1:
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")

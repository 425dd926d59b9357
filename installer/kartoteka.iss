; Inno Setup script: per-machine install of the PyInstaller onedir build (STYLE.md 2.9).
;   iscc /DAppVersion=0.1.0 installer\kartoteka.iss
; The version is injected from app.__version__ by the build (installer/README.md).
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5C1B8E52-7C3B-4E2A-9D0E-4B7A9B1E6C11}
AppName=Kartoteka CRM
AppVersion={#AppVersion}
AppPublisher=Kartoteka
DefaultDirName={autopf}\Kartoteka CRM
DefaultGroupName=Kartoteka CRM
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64
OutputBaseFilename=kartoteka-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
; nothing is written beside the executable at run time: settings and data live per user

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\kartoteka-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Kartoteka CRM"; Filename: "{app}\kartoteka.exe"
Name: "{autodesktop}\Kartoteka CRM"; Filename: "{app}\kartoteka.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

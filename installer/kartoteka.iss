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
; (the engine's firebird.log too: %LOCALAPPDATA%\kartoteka\firebird), so {app} stays read-only
UninstallDisplayName=Kartoteka CRM {#AppVersion}
UninstallDisplayIcon={app}\kartoteka.exe

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\kartoteka-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

; The office profile: a kartoteka.ini beside the setup .exe is installed machine-wide (every user of
; this computer, terminal-server sessions included, starts with it), or /OFFICE=host/port:alias on
; the setup command line writes one (silent deploys: setup.exe /VERYSILENT /OFFICE=srv/3050:crm).
Source: "{src}\kartoteka.ini"; DestDir: "{commonappdata}\kartoteka"; Flags: external skipifsourcedoesntexist onlyifdoesntexist uninsneveruninstall

[Dirs]
Name: "{commonappdata}\kartoteka"; Flags: uninsneveruninstall

[INI]
Filename: "{commonappdata}\kartoteka\kartoteka.ini"; Section: "office"; Key: "database"; String: "{param:OFFICE}"; Check: HasOfficeParam; Flags: uninsdeleteentry
Filename: "{commonappdata}\kartoteka\kartoteka.ini"; Section: "office"; Key: "name"; String: "{param:OFFICENAME|Office}"; Check: HasOfficeParam; Flags: uninsdeleteentry

[Icons]
Name: "{group}\Kartoteka CRM"; Filename: "{app}\kartoteka.exe"
Name: "{group}\Kartoteka CRM (personal database)"; Filename: "{app}\kartoteka.exe"; Parameters: "gui"
Name: "{group}\{cm:UninstallProgram,Kartoteka CRM}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Kartoteka CRM"; Filename: "{app}\kartoteka.exe"; Tasks: desktopicon

[UninstallDelete]
; only what the installer put in {app} (PyInstaller's __pycache__ if any); user data, settings,
; databases and backups in the users' folders and the machine-wide profile are kept
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Code]
function HasOfficeParam(): Boolean;
begin
  Result := ExpandConstant('{param:OFFICE|}') <> '';
end;

; Inno Setup script: turns the PyInstaller folder (dist\partnerdesk) into PartnerDesk-Setup.exe.
; Build on Windows after `pyinstaller packaging\partnerdesk.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\partnerdesk.iss
; Installs per user (no administrator rights needed), adds a Start menu entry, and leaves the
; notebooks in the user's data folder alone on uninstall: they are the user's data.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2B1E-5A3D-4C8E-9B7A-2D0E4F6A8C31}
AppName=PartnerDesk
AppVersion={#AppVersion}
AppPublisher=The PartnerDesk developers
DefaultDirName={localappdata}\Programs\PartnerDesk
DefaultGroupName=PartnerDesk
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=PartnerDesk-{#AppVersion}-Setup
SetupIconFile=..\..\build\icons\partnerdesk.ico
UninstallDisplayIcon={app}\partnerdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\partnerdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\PartnerDesk"; Filename: "{app}\partnerdesk.exe"
Name: "{userdesktop}\PartnerDesk"; Filename: "{app}\partnerdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\partnerdesk.exe"; Description: "{cm:LaunchProgram,PartnerDesk}"; Flags: nowait postinstall skipifsilent

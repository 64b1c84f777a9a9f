; Inno Setup script: installer for the one-folder Windows build (dist\ropa-desktop).
; Build:  pyinstaller packaging\ropa_desktop.spec --noconfirm  then  iscc packaging\windows\ropa-desktop.iss
#define AppName "ROPA Desktop"
#define AppVersion GetEnv("ROPA_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B2C1E4D-3F7A-4B8E-9C21-5D0A7E3F1B42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ROPA Desktop
DefaultDirName={autopf}\ROPA Desktop
DefaultGroupName=ROPA Desktop
OutputDir=..\..\dist
OutputBaseFilename=ropa-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\ropa-desktop.ico
UninstallDisplayIcon={app}\ropa-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "latvian"; MessagesFile: "compiler:Languages\Latvian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\ropa-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ROPA Desktop"; Filename: "{app}\ropa-desktop.exe"; Parameters: "gui"
Name: "{autodesktop}\ROPA Desktop"; Filename: "{app}\ropa-desktop.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .ropa files open in ROPA Desktop, so the accountant double-clicks the file received by e-mail.
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: ""; ValueData: "ROPADesktop.Register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ROPADesktop.Register"; ValueType: string; ValueName: ""; ValueData: "ROPA Desktop register"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ROPADesktop.Register\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ropa-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\ROPADesktop.Register\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ropa-desktop.exe"" gui ""%1"""

[Run]
Filename: "{app}\ropa-desktop.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,ROPA Desktop}"; Flags: nowait postinstall skipifsilent

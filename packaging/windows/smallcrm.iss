; SmallCRM's Windows installer (Inno Setup 6.3 or later), made from the PyInstaller folder dist\smallcrm.
; Built by build.ps1, which passes the version read from smallcrm\__init__.py:
;     iscc /DAppVersion=0.1.0 packaging\windows\smallcrm.iss
; Written and documented, not yet built or tested: no Windows machine in CI (packaging/README.md).
;
; A per-user install by default (no administrator needed; "for all users" is offered), with a Start menu
; entry, an optional desktop icon, and "Open with SmallCRM" for .vcf files. The data is not in the program's
; folder but in %LOCALAPPDATA%\SmallCRM: installing a newer version over an older one, or uninstalling,
; leaves it alone (a newer version migrates the database at its first start, after a verified backup).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z smallcrm.iss (build.ps1 does)
#endif

[Setup]
; the identity of the application for Windows: never change it, or upgrades install a second copy
AppId={{04D75CE4-3EFD-4E04-B238-57701414B73C}
AppName=SmallCRM
AppVersion={#AppVersion}
AppVerName=SmallCRM {#AppVersion}
AppPublisher=The SmallCRM maintainers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\SmallCRM
DefaultGroupName=SmallCRM
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=SmallCRM-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\smallcrm.ico
UninstallDisplayIcon={app}\smallcrm-desktop.exe
UninstallDisplayName=SmallCRM
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; an upgrade closes a running SmallCRM first (it asks the user)
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
; Inno Setup ships no Romanian: Romanian users get the English wizard (SmallCRM itself speaks Romanian)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade replaces the bundle's libraries whole: no file of an older Python or Qt stays behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\smallcrm\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SmallCRM"; Filename: "{app}\smallcrm-desktop.exe"
Name: "{autodesktop}\SmallCRM"; Filename: "{app}\smallcrm-desktop.exe"; Tasks: desktopicon

[Registry]
; "Open with SmallCRM" on a .vcf: the window opens the contact import on it (ui/open_with.py)
Root: HKA; Subkey: "Software\Classes\SmallCRM.vcard"; ValueType: string; ValueName: ""; ValueData: "vCard"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SmallCRM.vcard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\smallcrm-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\SmallCRM.vcard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\smallcrm-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "SmallCRM.vcard"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\smallcrm-desktop.exe\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\smallcrm-desktop.exe"; Description: "{cm:LaunchProgram,SmallCRM}"; Flags: nowait postinstall skipifsilent

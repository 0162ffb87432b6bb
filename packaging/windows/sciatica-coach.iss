; Inno Setup script: a per-user installer for the one-folder Windows bundle.
; NOT tested here: only the Linux bundle is built and tested in CI. See README.md beside this file.
;
; Build the bundle first (packaging\dist\sciatica-coach\sciatica-coach.exe), then, from the
; checkout's root:
;   iscc /DAppVersion=0.1.0 packaging\windows\sciatica-coach.iss
; The installer is written to packaging\dist\sciatica-coach-<version>-setup.exe.
;
; It needs no administrator rights and installs for the current user only, into
; %LOCALAPPDATA%\Programs\Sciatica Coach, with a Start menu shortcut and an uninstaller (listed
; in Settings > Apps). It downloads nothing and the app never uses the network. Uninstalling
; leaves the person's own history and settings (under %LOCALAPPDATA%\sciatica-coach) in place.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Sciatica Coach"
#define AppExe "sciatica-coach.exe"
#define Root "..\.."

[Setup]
; The one application id, as on Linux; Inno keeps it in the uninstall key's name.
AppId=org.sciaticacoach.SciaticaCoach
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sciatica Coach developers
AppCopyright=Copyright Sciatica Coach developers. MIT licence.
; Per-user: no UAC prompt, nothing written outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallMode=x64compatible
; Qt 6 runs on Windows 10 1809 and newer.
MinVersion=10.0.17763
SetupIconFile={#Root}\assets\icons\sciatica-coach.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\packaging\dist
OutputBaseFilename=sciatica-coach-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: the executable and its _internal folder.
Source: "{#Root}\packaging\dist\sciatica-coach\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version's bundle replaces the old one whole, so no stale library is left next to it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Follow your home sciatica exercises"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

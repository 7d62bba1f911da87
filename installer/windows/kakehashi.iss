; Inno Setup 6 script of the Windows installer, Kakehashi-<version>-windows-setup.exe in dist\.
; Kept in UTF-8 with a BOM, so that Inno Setup reads its Japanese right.
;
;   uv run pyinstaller build.spec
;   iscc installer\windows\kakehashi.iss
;
; It installs the folder build.spec makes (dist\Kakehashi) for the current user, without
; administrator rights, into %LOCALAPPDATA%\Programs\Kakehashi, with a Start menu entry and
; an uninstaller.  The version is the one build.spec wrote into Kakehashi.exe (from
; pyproject.toml); "/DAppVersion=1.2.3" overrides it.  An upgrade removes the old program
; files before copying the new ones.  The user's data — the database, its backups and
; attached files, the log, in %LOCALAPPDATA%\Kakehashi, and the settings in the registry —
; is never touched by an upgrade, and is removed by the uninstaller only when the person
; asks for it.
;
; Signing: "iscc /DSign /Skakehashi=$qsigntool.exe$q sign /fd sha256 ... $f kakehashi.iss"
; signs the installer and the uninstaller with the sign tool named "kakehashi".

#define AppName "Kakehashi"
#define AppExeName "Kakehashi.exe"
#define CliExeName "kakehashi-cli.exe"
#define BundleDir "..\..\dist\Kakehashi"
#define DataFolder "Kakehashi"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build dist\Kakehashi with PyInstaller first (uv run pyinstaller build.spec)"
#endif

[Setup]
; The AppId ties every version together: an upgrade finds and replaces the installed one.
AppId={{F016268C-BD1B-4158-98EB-F9CF8ADBCD7A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Kakehashi-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\kakehashi.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Kakehashi is closed before its files are replaced, and started again after.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=kakehashi
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
english.DeleteData=Also delete your Kakehashi data — the databases, their backups and attached documents, the log and the settings in %1?%n%nChoose No to keep them for a later installation.
japanese.DeleteData=Kakehashi のデータ（%1 にあるデータベース、そのバックアップと添付文書、ログ、設定）も削除しますか？%n%n後で再びインストールする場合は［いいえ］を選んでください。
english.StartProgram=Start Kakehashi
japanese.StartProgram=Kakehashi を起動する

[InstallDelete]
; An upgrade starts from a clean program folder: files an older version had and this one
; has not (renamed Qt libraries, removed modules) must not linger.  Only program files.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\{#AppExeName}"
Type: files; Name: "{app}\{#CliExeName}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{#AppName} (架け橋)"

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:StartProgram}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program itself writes inside its own folder (none today; Python caches, if any).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
{ The data folder is the one db/location.py names: platformdirs' user data folder,
  %LOCALAPPDATA%\Kakehashi; QSettings keeps the preferences under HKCU\Software\Kakehashi. }
function DataPath: String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolder}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and DirExists(DataPath) then
  begin
    if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataPath]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(DataPath, True, True, True);
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\{#DataFolder}');
    end;
  end;
end;

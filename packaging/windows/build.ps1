# SmallCRM's Windows installer: the PyInstaller folder (dist\smallcrm), checked, then Inno Setup's setup program
# (dist\SmallCRM-<version>-setup.exe). Run from any folder, in PowerShell, on Windows 10 or 11 x64:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 or later from python.org (x64; the py launcher) and Inno Setup 6.3 or later.
# Written and documented, not yet run: no Windows machine in CI (packaging/README.md).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

py -3 -m venv .venv-windows
$python = ".venv-windows\Scripts\python.exe"
& $python -m pip install --quiet --upgrade pip
& $python -m pip install --quiet -e ".[bundle]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# the translations (the .qm files are build outputs, as `make translations` makes them on Linux)
Get-ChildItem translations\*.ts | ForEach-Object {
    & .venv-windows\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE -ne 0) { throw "lrelease failed on $($_.Name)" }
}

& .venv-windows\Scripts\pyinstaller.exe --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    packaging\smallcrm.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# the same checks as make bundle-test, by hand: the version, and the window on a temporary database
$version = (& $python -c "import smallcrm; print(smallcrm.__version__)").Trim()
$said = (& dist\smallcrm\smallcrm.exe --version).Trim()
if ($said -ne "smallcrm $version") { throw "smallcrm.exe --version said '$said'" }
$env:QT_QPA_PLATFORM = "offscreen"
$smoke = Start-Process -FilePath dist\smallcrm\smallcrm-desktop.exe -ArgumentList "--smoke" -Wait -PassThru
Remove-Item Env:\QT_QPA_PLATFORM
if ($smoke.ExitCode -ne 0) { throw "smallcrm-desktop.exe --smoke failed ($($smoke.ExitCode))" }
$size = (Get-ChildItem dist\smallcrm -Recurse -File | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle: {0:N0} MB" -f $size)

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\smallcrm.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

# signing (optional): with a code-signing certificate, sign both programs before Inno Setup and the setup after,
# e.g. signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a dist\SmallCRM-$version-setup.exe
Write-Host "built dist\SmallCRM-$version-setup.exe"

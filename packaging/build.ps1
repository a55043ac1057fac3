# Builds the self-contained endoaid app into dist\endoaid\ on Windows, in one command:
#     powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# Same steps as build.sh: a build venv at packaging\build\venv (or $env:ENDOAID_BUILD_PYTHON),
# PyInstaller and a non-editable endoaid, the resource check, then packaging\endoaid.spec.
# Result: dist\endoaid\endoaid.exe (windowed) and dist\endoaid\endoaid-cli.exe (console).
$ErrorActionPreference = "Stop"
$Here = $PSScriptRoot
$Root = Split-Path $Here -Parent
Set-Location $Root
$Start = Get-Date

function Invoke-Step([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "endoaid build: $What failed (exit code $LASTEXITCODE)" }
}

$Python = $env:ENDOAID_BUILD_PYTHON
if (-not $Python) {
    $Venv = Join-Path $Here "build\venv"
    if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
        Write-Host "endoaid build: creating the build venv in $Venv"
        Invoke-Step "creating the venv" { py -3.11 -m venv $Venv }
    }
    $Python = Join-Path $Venv "Scripts\python.exe"
}

Invoke-Step "the resource check" { & $Python (Join-Path $Here "check_resources.py") (Join-Path $Root "resources") }
Invoke-Step "installing PyInstaller and endoaid" {
    & $Python -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10" $Root
}
Invoke-Step "reinstalling endoaid" {
    & $Python -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall $Root
}
Invoke-Step "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath (Join-Path $Root "dist") --workpath (Join-Path $Here "build\pyinstaller") `
        (Join-Path $Here "endoaid.spec")
}

$Bundle = Join-Path $Root "dist\endoaid"
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Step "the frozen --version" { & (Join-Path $Bundle "endoaid-cli.exe") --version }
Invoke-Step "the frozen content check" { & (Join-Path $Bundle "endoaid-cli.exe") content check | Out-Null }
$Size = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum / 1MB
$Seconds = [int]((Get-Date) - $Start).TotalSeconds
Write-Host ("endoaid build: built {0} in {1} s; size {2:N0} MB" -f $Bundle, $Seconds, $Size)
Write-Host "endoaid build: to offer endoaid for saved sessions in Explorer, run packaging\associate.ps1"

# Offers endoaid for saved sessions (*.endoaid.json) in Explorer, for the current user:
#     powershell -ExecutionPolicy Bypass -File packaging\associate.ps1 [-Exe C:\path\endoaid.exe]
# Windows picks a program by the last extension only (.json), so endoaid is added to the
# "Open with" list of .json files (OpenWithProgids), never made the default JSON program.
# Run it again with -Remove to take the association away.
param(
    [string]$Exe = (Join-Path (Split-Path $PSScriptRoot -Parent) "dist\endoaid\endoaid.exe"),
    [switch]$Remove
)
$ErrorActionPreference = "Stop"
$ProgId = "endoaid.session"
$Classes = "HKCU:\Software\Classes"
if ($Remove) {
    Remove-Item -Recurse -ErrorAction SilentlyContinue "$Classes\$ProgId"
    Remove-ItemProperty -ErrorAction SilentlyContinue "$Classes\.json\OpenWithProgids" -Name $ProgId
    Write-Host "endoaid: the session file association is removed."
    exit 0
}
if (-not (Test-Path $Exe)) { throw "endoaid: $Exe does not exist; build it first (build.ps1)." }
New-Item -Force "$Classes\$ProgId" -Value "endoaid session" | Out-Null
New-Item -Force "$Classes\$ProgId\DefaultIcon" -Value "`"$Exe`",0" | Out-Null
New-Item -Force "$Classes\$ProgId\shell\open\command" -Value "`"$Exe`" `"%1`"" | Out-Null
New-Item -Force "$Classes\.json\OpenWithProgids" | Out-Null
New-ItemProperty -Force "$Classes\.json\OpenWithProgids" -Name $ProgId -Value "" `
    -PropertyType String | Out-Null
Write-Host "endoaid: sessions (*.endoaid.json) can now be opened with endoaid from Explorer."

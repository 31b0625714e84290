@echo off
rem Kiln: runs lib\kiln.jar beside this folder with the JDK on PATH (or in JAVA_HOME).
setlocal
set "KILN_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo kiln: no java found. Install a JDK ^(17 or newer^) and put it on the PATH, or set JAVA_HOME. 1>&2
  exit /b 3
)
set "TUNING=-XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if "%~1"=="build" set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
"%JAVA%" %TUNING% %JAVA_OPTS% -jar "%KILN_HOME%\lib\kiln.jar" %*
exit /b %ERRORLEVEL%

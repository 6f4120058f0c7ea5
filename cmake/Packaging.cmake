# The Debian package (cpack -G DEB): what app/CMakeLists.txt installs, that is
# the binary, the desktop entry and the icon. The translations are compiled
# into the binary (:/i18n), so there are no .qm files to ship.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sockpit)
set(CPACK_PACKAGE_VENDOR "Sockpit")
set(CPACK_PACKAGE_CONTACT "Sockpit maintainers <maintainers@users.noreply.r-seed-182da131.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "network debugging tool: TCP client and server, UDP, IP calculator")
set(CPACK_PACKAGE_DESCRIPTION
    "Sockpit opens a TCP client, a TCP server or a UDP socket, sends text or hex in the
encoding a device speaks (GBK, UTF-8, Big5 and others) and shows what comes back in
a receive log that keeps up with a flood. An IP calculator explains any IPv4 or
IPv6 address. The interface speaks Chinese and English; a headless mode works
like netcat with encodings.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # sockpit_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because it is loaded at run time: the platform
# plugins (xcb, and offscreen for the headless-looking uses), the SVG plugin
# that draws the window icon, and OpenSSL's libcrypto (libssl3), which makes
# self-signed certificates. shlibdeps appends the libraries to this list.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libssl3")
# A font with Chinese glyphs for the Chinese interface and GBK/Big5 text, and
# Qt's own translations for its standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")

include(CPack)

# Install rules and the Debian package: `cmake --install build` puts SMOUT Studio in the
# standard places of a desktop system; `cpack --config build/CPackConfig.cmake` builds
# smout-studio_VERSION_ARCH.deb with its library dependencies found by dpkg-shlibdeps.
include(GNUInstallDirs)

set(SMOUT_APP_ID org.smoutstudio.SmoutStudio)
set(SMOUT_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

install(TARGETS smout smout-studio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The verbs smout loads to run one, private to it.
install(TARGETS smoutverbs LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/smout-studio)
set_target_properties(smout PROPERTIES INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}/smout-studio")

# Translations are compiled into the programs (:/i18n); only the desktop metadata is separate.
install(FILES ${SMOUT_PACKAGING_DIR}/${SMOUT_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${SMOUT_PACKAGING_DIR}/${SMOUT_APP_ID}.metainfo.xml
  ${CMAKE_BINARY_DIR}/packaging/${SMOUT_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${SMOUT_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${SMOUT_PACKAGING_DIR}/smout-studio-mime.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME smout-studio.xml)

install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/smout-studio.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES ${SMOUT_PACKAGING_DIR}/icons/smout-studio-${size}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
    RENAME smout-studio.png)
endforeach()

install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/examples/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/smout-studio/examples)

# smout(1), written from the tool's own --help at build time.
find_program(HELP2MAN help2man REQUIRED)
set(SMOUT_MAN_PAGE ${CMAKE_BINARY_DIR}/packaging/smout.1.gz)
add_custom_command(OUTPUT ${SMOUT_MAN_PAGE}
  COMMAND ${SMOUT_PACKAGING_DIR}/make-man-page.sh $<TARGET_FILE:smout> ${SMOUT_MAN_PAGE}
  DEPENDS smout ${SMOUT_PACKAGING_DIR}/make-man-page.sh
  COMMENT "Writing the smout(1) man page from smout --help")
add_custom_target(smout_man_page ALL DEPENDS ${SMOUT_MAN_PAGE})
install(FILES ${SMOUT_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME smout-studio)
set(CPACK_PACKAGE_VENDOR "SMOUT Studio")
set(CPACK_PACKAGE_CONTACT "SMOUT Studio maintainers <smout-studio@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Drafts, checks, exports and signs DHS Social Media Operational Use Templates")
set(CPACK_PACKAGE_DESCRIPTION "SMOUT Studio (smout-studio) and its command line (smout) draft, validate,
export to PDF, sign, verify and file the Social Media Operational Use Templates
that DHS components complete under Management Directive 110-01.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver of the
# inventory and the fonts the PDF is laid out in; PostgreSQL and Qt's own Spanish are optional.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core, fonts-liberation2, fonts-droid-fallback")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
include(CPack)

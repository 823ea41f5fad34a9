<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessForm</name>
    <message>
        <source>Overt research — collecting information from social media without logging in or otherwise interacting with individuals through social media.</source>
        <translation>Investigación abierta — recopilar información de las redes sociales sin iniciar sesión ni interactuar de otro modo con personas a través de las redes sociales.</translation>
    </message>
    <message>
        <source>Overt research: collecting information from social media without logging in or otherwise interacting with individuals through social media. (approved by a first-line supervisor)</source>
        <translation>Investigación abierta: recopilar información de las redes sociales sin iniciar sesión ni interactuar de otro modo con personas a través de las redes sociales. (aprobada por un supervisor de primer nivel)</translation>
    </message>
    <message>
        <source>Overt monitoring — logging in with DHS-branded credentials or otherwise indicating an official agency presence, without engaging or interacting with individuals.</source>
        <translation>Monitoreo abierto — iniciar sesión con credenciales con la marca del DHS o indicar de otro modo una presencia oficial de la agencia, sin entablar contacto ni interactuar con personas.</translation>
    </message>
    <message>
        <source>Overt monitoring: logging in with DHS-branded credentials or otherwise indicating an official agency presence, without engaging or interacting with individuals. (approved by a second-level supervisor)</source>
        <translation>Monitoreo abierto: iniciar sesión con credenciales con la marca del DHS o indicar de otro modo una presencia oficial de la agencia, sin entablar contacto ni interactuar con personas. (aprobado por un supervisor de segundo nivel)</translation>
    </message>
    <message>
        <source>Overt engagement — logging in with DHS-branded credentials or otherwise indicating an official agency presence, and engaging or interacting with individuals.</source>
        <translation>Interacción abierta — iniciar sesión con credenciales con la marca del DHS o indicar de otro modo una presencia oficial de la agencia, y entablar contacto o interactuar con personas.</translation>
    </message>
    <message>
        <source>Overt engagement: logging in with DHS-branded credentials or otherwise indicating an official agency presence, and engaging or interacting with individuals. (approved by a second-level supervisor)</source>
        <translation>Interacción abierta: iniciar sesión con credenciales con la marca del DHS o indicar de otro modo una presencia oficial de la agencia, y entablar contacto o interactuar con personas. (aprobada por un supervisor de segundo nivel)</translation>
    </message>
    <message>
        <source>Masked monitoring — using identities or credentials that do not identify a DHS affiliation, without engaging or interacting with individuals.</source>
        <translation>Monitoreo con identidad oculta — utilizar identidades o credenciales que no revelan una afiliación con el DHS, sin entablar contacto ni interactuar con personas.</translation>
    </message>
    <message>
        <source>Masked monitoring: using identities or credentials that do not identify a DHS affiliation, without engaging or interacting with individuals. (approved by a second-level supervisor)</source>
        <translation>Monitoreo con identidad oculta: utilizar identidades o credenciales que no revelan una afiliación con el DHS, sin entablar contacto ni interactuar con personas. (aprobado por un supervisor de segundo nivel)</translation>
    </message>
    <message>
        <source>Undercover engagement — using identities or credentials that do not identify a DHS affiliation, to engage or interact with individuals.</source>
        <translation>Interacción encubierta — utilizar identidades o credenciales que no revelan una afiliación con el DHS para entablar contacto o interactuar con personas.</translation>
    </message>
    <message>
        <source>Undercover engagement: using identities or credentials that do not identify a DHS affiliation, to engage or interact with individuals. (approved by an SES supervisor, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs)</source>
        <translation>Interacción encubierta: utilizar identidades o credenciales que no revelan una afiliación con el DHS para entablar contacto o interactuar con personas. (aprobada por un supervisor del SES, o por un supervisor de segundo nivel GS-15 en quien delegue la Oficina de Asuntos Internos)</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>A copy of the signed Rules of &amp;Behavior was provided</source>
        <translation>Se entregó una copia firmada de las normas de con&amp;ducta</translation>
    </message>
    <message>
        <source>New Access Request</source>
        <translation>Nueva solicitud de acceso</translation>
    </message>
    <message>
        <source>&amp;Name of employee:</source>
        <translation>&amp;Nombre del empleado:</translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation>Número de &amp;teléfono:</translation>
    </message>
    <message>
        <source>E&amp;mail address:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor:</translation>
    </message>
    <message>
        <source>Untitled SMOUT (%1)</source>
        <translation>SMOUT sin título (%1)</translation>
    </message>
    <message>
        <source>Choose the SMOUT from the inventory</source>
        <translation>Elija el SMOUT del inventario</translation>
    </message>
    <message>
        <source>S&amp;MOUT authorizing the use:</source>
        <translation>S&amp;MOUT que autoriza el uso:</translation>
    </message>
    <message>
        <source>Choose the access mode</source>
        <translation>Elija el modo de acceso</translation>
    </message>
    <message>
        <source>&amp;Access requested:</source>
        <translation>&amp;Acceso solicitado:</translation>
    </message>
    <message>
        <source>Business &amp;justification:</source>
        <translation>&amp;Justificación operativa:</translation>
    </message>
    <message>
        <source>Mandatory &amp;training completed on:</source>
        <translation>Capacitación &amp;obligatoria completada el:</translation>
    </message>
    <message>
        <source>What the request lacks</source>
        <translation>Lo que le falta a la solicitud</translation>
    </message>
    <message>
        <source>A&amp;dd Request</source>
        <translation>A&amp;gregar solicitud</translation>
    </message>
    <message>
        <source>Choose the access requested.</source>
        <translation>Elija el acceso solicitado.</translation>
    </message>
</context>
<context>
    <name>AccessRequestsWindow</name>
    <message>
        <source>Access Requests</source>
        <translation>Solicitudes de acceso</translation>
    </message>
    <message>
        <source>Any determination</source>
        <translation>Cualquier determinación</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation>Cualquier modo de acceso</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Modo de acceso</translation>
    </message>
    <message>
        <source>S&amp;MOUT id:</source>
        <translation>Identificador del &amp;SMOUT:</translation>
    </message>
    <message>
        <source>SMOUT id</source>
        <translation>Identificador del SMOUT</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>SMOUT</source>
        <translation>SMOUT</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Solicitudes de acceso</translation>
    </message>
    <message>
        <source>Requests marked with a warning changed their determination when their SMOUT changed</source>
        <translation>Las solicitudes marcadas con una advertencia cambiaron de determinación al cambiar su SMOUT</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Determination:</source>
        <translation>Determinación:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Must be approved by:</source>
        <translation>Requiere la aprobación de:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) changed their determination with their SMOUT and need review.</source>
        <translation>
            <numerusform>%n solicitud cambió de determinación con su SMOUT y debe revisarse.</numerusform>
            <numerusform>%n solicitudes cambiaron de determinación con su SMOUT y deben revisarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3), supervisor %4</source>
        <translation>%1 — %2 (%3), supervisor %4</translation>
    </message>
    <message>
        <source>Reading the access requests…</source>
        <translation>Leyendo las solicitudes de acceso…</translation>
    </message>
    <message>
        <source>Reading the access request…</source>
        <translation>Leyendo la solicitud de acceso…</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>Record &amp;Determination</source>
        <translation>Registrar &amp;determinación</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Name of employee</source>
        <translation>Nombre del empleado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation>Acceso solicitado</translation>
    </message>
    <message>
        <source>SMOUT:</source>
        <translation>SMOUT:</translation>
    </message>
    <message>
        <source>Supervisor approval:</source>
        <translation>Aprobación del supervisor:</translation>
    </message>
    <message>
        <source>Decide the request again from the inventory as it is today, and record the determination with its reasons</source>
        <translation>Resolver de nuevo la solicitud a partir del inventario tal como está hoy y registrar la determinación con sus motivos</translation>
    </message>
    <message>
        <source>Approving as:</source>
        <translation>Aprueba como:</translation>
    </message>
    <message>
        <source>Your supervisor &amp;level:</source>
        <translation>Su ni&amp;vel de supervisor:</translation>
    </message>
    <message>
        <source>Your supervisor level</source>
        <translation>Su nivel de supervisor</translation>
    </message>
    <message>
        <source>Untitled SMOUT (%1)</source>
        <translation>SMOUT sin título (%1)</translation>
    </message>
    <message>
        <source>not in the inventory (%1)</source>
        <translation>no está en el inventario (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The determination changed when its SMOUT changed; review it</source>
        <translation>La determinación cambió cuando cambió su SMOUT; revísela</translation>
    </message>
    <message>
        <source>approved by %1 as %2 on %3</source>
        <translation>aprobada por %1 como %2 el %3</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>aún no aprobada</translation>
    </message>
    <message>
        <source>Adding the access request…</source>
        <translation>Agregando la solicitud de acceso…</translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation>No se agregó la solicitud: %1</translation>
    </message>
    <message>
        <source>Request %1 for %2 was added.</source>
        <translation>Se agregó la solicitud %1 de %2.</translation>
    </message>
    <message>
        <source>Recording the determination…</source>
        <translation>Registrando la determinación…</translation>
    </message>
    <message>
        <source>The determination was not recorded: %1</source>
        <translation>No se registró la determinación: %1</translation>
    </message>
    <message>
        <source>Request %1: %2, recorded with its reasons.</source>
        <translation>Solicitud %1: %2, registrada con sus motivos.</translation>
    </message>
    <message>
        <source>Approving the access request…</source>
        <translation>Aprobando la solicitud de acceso…</translation>
    </message>
    <message>
        <source>The request was not approved: %1</source>
        <translation>No se aprobó la solicitud: %1</translation>
    </message>
    <message>
        <source>Request %1 was approved by %2.</source>
        <translation>La solicitud %1 fue aprobada por %2.</translation>
    </message>
</context>
<context>
    <name>BackgroundExport</name>
    <message>
        <source>Exporting the PDF</source>
        <translation>Exportando el PDF</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Exported with warnings</source>
        <translation>Exportado con advertencias</translation>
    </message>
    <message>
        <source>Exported %1, with placeholders for characters no installed font can draw:
%2</source>
        <translation>Se exportó %1, con marcadores para los caracteres que ninguna fuente instalada puede dibujar:
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se exportó %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>BackgroundPrint</name>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Preparando las páginas para la impresora…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n página enviada a la impresora</numerusform>
            <numerusform>%n páginas enviadas a la impresora</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>The printer could not be opened or refused the pages.</source>
        <translation>No se pudo abrir la impresora o esta rechazó las páginas.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD (not set)</source>
        <translation>AAAA-MM-DD (sin indicar)</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>Elija una fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>a year has no month %1</source>
        <translation>un año no tiene mes %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n day(s)</source>
        <translation>
            <numerusform>%1 tiene %n día</numerusform>
            <numerusform>%1 tiene %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>type it as YYYY-MM-DD or %1</source>
        <translation>escríbala como AAAA-MM-DD o %1</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); the date stays not set.</source>
        <translation>«%1» no es una fecha (%2); la fecha sigue sin indicar.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); the date stays %3.</source>
        <translation>«%1» no es una fecha (%2); la fecha sigue siendo %3.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin establecer)</translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month; Enter takes the day, Escape closes.</source>
        <translation>Las teclas de flecha cambian el día; Re Pág y Av Pág, el mes; Intro elige el día y Esc cierra.</translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation>Calendario, %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>EarlierLocations</name>
    <message>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2</source>
        <translation>no se puede mover %1 a %2</translation>
    </message>
    <message>
        <source>certificates in %1, to %2</source>
        <translation>los certificados de %1, a %2</translation>
    </message>
    <message>
        <source>the inventory %1, to %2</source>
        <translation>el inventario %1, a %2</translation>
    </message>
    <message>
        <source>Earlier versions of SMOUT Studio kept your work where the smout command does not look. Move it, so that the window and the smout command share it?

%1

You are asked this once.</source>
        <translation>Las versiones anteriores de SMOUT Studio guardaban su trabajo donde el comando smout no lo busca. ¿Desea moverlo para que la ventana y el comando smout lo compartan?

%1

Esta pregunta se hace una sola vez.</translation>
    </message>
    <message>
        <source>Move earlier data</source>
        <translation>Mover datos anteriores</translation>
    </message>
    <message>
        <source>The certificates are now in %1.</source>
        <translation>Los certificados están ahora en %1.</translation>
    </message>
    <message>
        <source>The inventory is now %1.</source>
        <translation>El inventario es ahora %1.</translation>
    </message>
    <message>
        <source>Another inventory was left at %1: choose it in Settings, or bring its SMOUTs in with smout db import.</source>
        <translation>Quedó otro inventario en %1: elíjalo en Configuración o incorpore sus SMOUT con smout db import.</translation>
    </message>
</context>
<context>
    <name>ExemptionChooser</name>
    <message>
        <source>deliberative process, attorney work product or attorney-client privilege</source>
        <translation>proceso deliberativo, producto del trabajo del abogado o privilegio abogado-cliente</translation>
    </message>
    <message>
        <source>personal privacy (personnel and similar files)</source>
        <translation>privacidad personal (expedientes de personal y archivos similares)</translation>
    </message>
    <message>
        <source>personal privacy in law enforcement records</source>
        <translation>privacidad personal en registros policiales</translation>
    </message>
    <message>
        <source>law enforcement techniques and procedures</source>
        <translation>técnicas y procedimientos policiales</translation>
    </message>
    <message>
        <source>Withhold under FOIA</source>
        <translation>Retener en virtud de la FOIA</translation>
    </message>
    <message>
        <source>The release copy shows these exemptions in place of the marked text:</source>
        <translation>La copia para divulgación muestra estas exenciones en lugar del texto marcado:</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>(choose the component)</source>
        <translation>(elija el componente)</translation>
    </message>
    <message>
        <source>%1. A list: add, remove and reorder its entries with the buttons beside it.</source>
        <translation>%1. Una lista: agregue, quite y reordene sus entradas con los botones que tiene al lado.</translation>
    </message>
    <message>
        <source>%1. Choose one.</source>
        <translation>%1. Elija una opción.</translation>
    </message>
    <message>
        <source>%1. A date as YYYY-MM-DD, empty when not set.</source>
        <translation>%1. Una fecha en formato AAAA-MM-DD; vacía si no se indica.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A date, read-only for your role; empty when not set.</source>
        <translation>Una fecha, de solo lectura para su función; vacía si no se ha establecido.</translation>
    </message>
    <message>
        <source>%1. Read-only for your role.</source>
        <translation>%1. Solo lectura para su función.</translation>
    </message>
</context>
<context>
    <name>FieldChangesView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>FindingsAnnouncer</name>
    <message>
        <source>New error in %1: %2</source>
        <translation>Nuevo error en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more new error(s).</source>
        <translation>
            <numerusform>%n error nuevo más.</numerusform>
            <numerusform>%n errores nuevos más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %n error(s)</source>
        <translation>
            <numerusform>Ahora hay %n error</numerusform>
            <numerusform>Ahora hay %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n advertencia.</numerusform>
            <numerusform>%n advertencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Findings › Go to the finding&apos;s field</source>
        <translation>Observaciones › Ir al campo de la observación</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿Qué es &amp;esto?</translation>
    </message>
    <message>
        <source>&amp;About SMOUT Studio</source>
        <translation>&amp;Acerca de SMOUT Studio</translation>
    </message>
    <message>
        <source>About SMOUT Studio</source>
        <translation>Acerca de SMOUT Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMOUT Studio %1&lt;/h3&gt;&lt;p&gt;Drafts, checks, exports, signs and keeps DHS Social Media Operational Use Templates (Management Directive 110-01).&lt;/p&gt;&lt;p&gt;The program office fills in the template, counsel confirms the authorities, and the DHS Privacy Office reviews it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMOUT Studio %1&lt;/h3&gt;&lt;p&gt;Redacta, revisa, exporta, firma y conserva plantillas de uso operativo de redes sociales (SMOUT) del DHS (Directiva de Gestión 110-01).&lt;/p&gt;&lt;p&gt;La oficina del programa completa la plantilla, la asesoría jurídica confirma las autoridades y la Oficina de Privacidad del DHS la revisa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>InventoryActions</name>
    <message>
        <source>Stopped waiting for the inventory.</source>
        <translation>Se dejó de esperar al inventario.</translation>
    </message>
    <message>
        <source>The inventory is still busy; wait for it to finish.</source>
        <translation>El inventario aún está ocupado; espere a que termine.</translation>
    </message>
    <message>
        <source>Opening from the inventory…</source>
        <translation>Abriendo desde el inventario…</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Opened revision %1 from the inventory</source>
        <translation>Se abrió la revisión %1 del inventario</translation>
    </message>
    <message>
        <source>Saving to the inventory…</source>
        <translation>Guardando en el inventario…</translation>
    </message>
    <message>
        <source>Not saved to the inventory</source>
        <translation>No se guardó en el inventario</translation>
    </message>
    <message>
        <source>%1
Your work is kept in this window and in its recovery copy.</source>
        <translation>%1
Su trabajo se conserva en esta ventana y en su copia de recuperación.</translation>
    </message>
    <message>
        <source>Saved as revision %1 in the inventory</source>
        <translation>Se guardó como revisión %1 en el inventario</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation>Otra persona guardó primero</translation>
    </message>
    <message>
        <source>Revision %1 of this SMOUT was saved by someone else after you opened it.

Your version differs in:
%2

Keep yours as a new revision (Save), or reload theirs (Reset)?</source>
        <translation>Otra persona guardó la revisión %1 de este SMOUT después de que usted lo abriera.

Su versión difiere en:
%2

¿Desea conservar la suya como nueva revisión (Guardar) o volver a cargar la de la otra persona (Restablecer)?</translation>
    </message>
    <message>
        <source>you may not change %1&apos;s SMOUTs</source>
        <translation>usted no puede modificar los SMOUT de %1</translation>
    </message>
    <message>
        <source>Opened revision %1 from the inventory, read-only: %2</source>
        <translation>Se abrió la revisión %1 del inventario en solo lectura: %2</translation>
    </message>
</context>
<context>
    <name>InventoryChart</name>
    <message>
        <source>SMOUTs by status and by component</source>
        <translation>SMOUT por estado y por componente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>By component</source>
        <translation>Por componente</translation>
    </message>
</context>
<context>
    <name>InventoryWindow</name>
    <message>
        <source>&amp;Due for re-review in the next 90 days, or overdue</source>
        <translation>&amp;Con nueva revisión pendiente en los próximos 90 días, o vencida</translation>
    </message>
    <message>
        <source>SMOUT Inventory</source>
        <translation>Inventario de SMOUT</translation>
    </message>
    <message>
        <source>Inven&amp;tory:</source>
        <translation>Inven&amp;tario:</translation>
    </message>
    <message>
        <source>Inventory database</source>
        <translation>Base de datos del inventario</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/dbname for a shared office inventory</source>
        <translation>Un archivo SQLite, o postgresql://usuario@servidor:puerto/nombrebd para un inventario compartido de la oficina</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>component, system, authority, contact, id…</source>
        <translation>componente, sistema, autoridad, contacto, identificador…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Re-review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>SMOUTs</source>
        <translation>SMOUT</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a SMOUT</source>
        <translation>Pulse Intro o haga doble clic para abrir un SMOUT</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%n SMOUT(s)</source>
        <translation>
            <numerusform>%n SMOUT</numerusform>
            <numerusform>%n SMOUT</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Re&amp;visions and changes</source>
        <translation>Re&amp;visiones y cambios</translation>
    </message>
    <message>
        <source>Access &amp;Requests…</source>
        <translation>&amp;Solicitudes de acceso…</translation>
    </message>
    <message>
        <source>No SMOUT matches the search and filters.</source>
        <translation>Ningún SMOUT coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The inventory holds no SMOUT yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To add one, open it in the main window and choose &lt;b&gt;File → Save to Inventory&lt;/b&gt; (Ctrl+Alt+S). Many files at once: &lt;tt&gt;smout db import FILE…&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El inventario aún no contiene ningún SMOUT.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Para agregar uno, ábralo en la ventana principal y elija &lt;b&gt;Archivo → Guardar en el inventario&lt;/b&gt; (Ctrl+Alt+S). Para muchos archivos a la vez: &lt;tt&gt;smout db import ARCHIVO…&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>Leyendo el inventario…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
</context>
<context>
    <name>InventoryWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Working on the inventory</source>
        <translation>Trabajando en el inventario</translation>
    </message>
    <message>
        <source>Stop waiting for the inventory</source>
        <translation>Dejar de esperar al inventario</translation>
    </message>
    <message>
        <source>Stopped waiting for the inventory.</source>
        <translation>Se dejó de esperar al inventario.</translation>
    </message>
</context>
<context>
    <name>LegacyImportDialog</name>
    <message>
        <source>mapped</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>inferred — check</source>
        <translation>deducido — compruébelo</translation>
    </message>
    <message>
        <source>missing — fill in</source>
        <translation>ausente — complételo</translation>
    </message>
    <message>
        <source>Import Existing SMOUT — %1</source>
        <translation>Importar SMOUT existente — %1</translation>
    </message>
    <message>
        <source>Text of the imported file</source>
        <translation>Texto del archivo importado</translation>
    </message>
    <message>
        <source>Fields of the imported document</source>
        <translation>Campos del documento importado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source or reason</source>
        <translation>Origen o motivo</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(ningún campo)</translation>
    </message>
    <message>
        <source>unmapped — place it</source>
        <translation>sin asignar — ubíquelo</translation>
    </message>
    <message>
        <source>%1 edition: %2 field(s) mapped, %3 inferred (check them), %4 missing (fill them in), %5 passage(s) of text placed in no field. The document opens as an unsaved draft.</source>
        <translation>Edición %1: campos asignados: %2; deducidos: %3 (compruébelos); ausentes: %4 (complételos); fragmentos de texto no asignados a ningún campo: %5. El documento se abre como un borrador sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>%1: not taken from the text</source>
        <translation>%1: no se tomó del texto</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1: de %2</translation>
    </message>
    <message>
        <source>Import Existing SMOUT</source>
        <translation>Importar SMOUT existente</translation>
    </message>
    <message>
        <source>Filled templates (*.docx *.pdf *.txt *.md);;Word documents (*.docx);;PDF (*.pdf);;Text (*.txt *.md)</source>
        <translation>Plantillas completadas (*.docx *.pdf *.txt *.md);;Documentos de Word (*.docx);;PDF (*.pdf);;Texto (*.txt *.md)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>%1 could not be imported:
%2</source>
        <translation>No se pudo importar %1:
%2</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>%1, row %2 of %3. Tab moves to the next cell; Escape cancels.</source>
        <translation>%1, fila %2 de %3. Tab pasa a la celda siguiente; Esc cancela.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>A table of %1 entries. Arrow keys move between cells; F2 edits a cell; Tab leaves the table.</source>
        <translation>Una tabla de entradas de %1. Las teclas de flecha se desplazan entre las celdas; F2 edita una celda; Tab sale de la tabla.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Marked for withholding: %1</source>
        <translation>Marcado para retener: %1</translation>
    </message>
    <message>
        <source>A table of %1 entries, read-only for your role. Arrow keys move between cells; Tab leaves the table.</source>
        <translation>Una tabla de entradas de %1, de solo lectura para su función. Las teclas de flecha se desplazan entre las celdas; Tab sale de la tabla.</translation>
    </message>
</context>
<context>
    <name>ListItemNames</name>
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>a counsel contact</source>
        <translation>un contacto de la asesoría jurídica</translation>
    </message>
    <message>
        <source>counsel contact</source>
        <translation>contacto de la asesoría jurídica</translation>
    </message>
    <message>
        <source>an IT system</source>
        <translation>un sistema de TI</translation>
    </message>
    <message>
        <source>IT system</source>
        <translation>sistema de TI</translation>
    </message>
    <message>
        <source>a PIA</source>
        <translation>una PIA</translation>
    </message>
    <message>
        <source>PIA</source>
        <translation>PIA</translation>
    </message>
    <message>
        <source>a SORN</source>
        <translation>un SORN</translation>
    </message>
    <message>
        <source>SORN</source>
        <translation>SORN</translation>
    </message>
    <message>
        <source>an authority</source>
        <translation>una autoridad</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autoridad</translation>
    </message>
    <message>
        <source>a covering PIA</source>
        <translation>una PIA aplicable</translation>
    </message>
    <message>
        <source>covering PIA</source>
        <translation>PIA aplicable</translation>
    </message>
    <message>
        <source>a covering SORN</source>
        <translation>un SORN aplicable</translation>
    </message>
    <message>
        <source>covering SORN</source>
        <translation>SORN aplicable</translation>
    </message>
    <message>
        <source>a SORN for stored PII</source>
        <translation>un SORN para la PII almacenada</translation>
    </message>
    <message>
        <source>SORN for stored PII</source>
        <translation>SORN para la PII almacenada</translation>
    </message>
    <message>
        <source>an existing PIA</source>
        <translation>una PIA existente</translation>
    </message>
    <message>
        <source>existing PIA</source>
        <translation>PIA existente</translation>
    </message>
    <message>
        <source>an existing SORN</source>
        <translation>un SORN existente</translation>
    </message>
    <message>
        <source>existing SORN</source>
        <translation>SORN existente</translation>
    </message>
    <message>
        <source>an entry</source>
        <translation>una entrada</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>ICE 2012 (released under FOIA)</source>
        <translation>ICE 2012 (divulgado en virtud de la FOIA)</translation>
    </message>
    <message>
        <source>Fictional USCIS benefit fraud (complete)</source>
        <translation>Fraude ficticio en beneficios del USCIS (completo)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save to &amp;Inventory</source>
        <translation>Guardar en el &amp;inventario</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventario</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;Role: </source>
        <translation>&amp;Función: </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Sections a role does not own are read-only</source>
        <translation>Las secciones que no corresponden a una función son de solo lectura</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Activate a finding to go to its field</source>
        <translation>Active una observación para ir a su campo</translation>
    </message>
    <message>
        <source>  (not required)</source>
        <translation>  (no obligatoria)</translation>
    </message>
    <message>
        <source>, complete</source>
        <translation>, completa</translation>
    </message>
    <message>
        <source>, %1 errors, %2 warnings</source>
        <translation>, %1 errores, %2 advertencias</translation>
    </message>
    <message>
        <source>No exemption applies: complete every section of the template.</source>
        <translation>No se aplica ninguna exención: complete todas las secciones de la plantilla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No SMOUT is required for this use.&lt;/b&gt; Exempt: %1. The other sections stay available but are not required.</source>
        <translation>&lt;b&gt;Este uso no requiere un SMOUT.&lt;/b&gt; Exención: %1. Las demás secciones siguen disponibles, pero no son obligatorias.</translation>
    </message>
    <message>
        <source>Open SMOUT</source>
        <translation>Abrir SMOUT</translation>
    </message>
    <message>
        <source>SMOUT documents (*.smout);;PDF exported by SMOUT Studio (*.pdf)</source>
        <translation>Documentos SMOUT (*.smout);;PDF exportado por SMOUT Studio (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>No se pudo abrir %1:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The document was not saved: %1
Your work is kept; try Save As.</source>
        <translation>No se guardó el documento: %1
Su trabajo se conserva; pruebe con Guardar como.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Save SMOUT</source>
        <translation>Guardar SMOUT</translation>
    </message>
    <message>
        <source>SMOUT documents (*.smout)</source>
        <translation>Documentos SMOUT (*.smout)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This SMOUT has unsaved changes. Save them?</source>
        <translation>Este SMOUT tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>an unsaved SMOUT</source>
        <translation>un SMOUT sin guardar</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>SMOUT Studio ended without saving changes to %1. Restore them?</source>
        <translation>SMOUT Studio se cerró sin guardar los cambios en %1. ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attach Rules of Behavior</source>
        <translation>Adjuntar las normas de conducta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>No se puede adjuntar</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>&amp;Changes Since Signing…</source>
        <translation>&amp;Cambios desde la firma…</translation>
    </message>
    <message>
        <source>Compare the document with the version signed in the PDF it was opened from</source>
        <translation>Compare el documento con la versión firmada en el PDF desde el que se abrió</translation>
    </message>
    <message>
        <source>Changes Since Signing</source>
        <translation>Cambios desde la firma</translation>
    </message>
    <message>
        <source>The document is as it was signed.</source>
        <translation>El documento está tal como se firmó.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the signed version.</source>
        <translation>
            <numerusform>%n campo difiere de la versión firmada.</numerusform>
            <numerusform>%n campos difieren de la versión firmada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since signing</source>
        <translation>Cambios desde la firma</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Export &amp;Release Copy…</source>
        <translation>Exportar copia para &amp;divulgación…</translation>
    </message>
    <message>
        <source>&amp;Mark for Withholding…</source>
        <translation>&amp;Marcar para retener…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>Owned by %1. Your role can edit it.</source>
        <translation>Responsable: %1. Su función puede modificarla.</translation>
    </message>
    <message>
        <source>Owned by %1. Read-only for your role.</source>
        <translation>Responsable: %1. Solo lectura para su función.</translation>
    </message>
    <message>
        <source>The PDF this was opened from was changed after signing, or cannot be relied on:</source>
        <translation>El PDF desde el que se abrió se modificó después de la firma, o no es fiable:</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Adjuntar %1</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish.</source>
        <translation>Todavía hay una exportación en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Request More Information About the &amp;Document…</source>
        <translation>Solicitar más información sobre el &amp;documento…</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Sol&amp;icitudes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message numerus="yes">
        <source>, %n open request(s)</source>
        <translation>
            <numerusform>, %n solicitud abierta</numerusform>
            <numerusform>, %n solicitudes abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Since the Previous Submission</source>
        <translation>Cambios desde la presentación anterior</translation>
    </message>
    <message>
        <source>The last print job is still being prepared.</source>
        <translation>El último trabajo de impresión todavía se está preparando.</translation>
    </message>
    <message numerus="yes">
        <source>Do not rely on this PDF: %n problem(s) found in the signed file (Edit → Changes Since Signing lists them)</source>
        <translation>
            <numerusform>No confíe en este PDF: se encontró %n problema en el archivo firmado (Edición → Cambios desde la firma lo indica)</numerusform>
            <numerusform>No confíe en este PDF: se encontraron %n problemas en el archivo firmado (Edición → Cambios desde la firma los indica)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>SMOUT %1 (from the inventory)</source>
        <translation>SMOUT %1 (del inventario)</translation>
    </message>
    <message>
        <source>Import Existing S&amp;MOUT…</source>
        <translation>Importar S&amp;MOUT existente…</translation>
    </message>
    <message>
        <source>Send to &amp;Counsel…</source>
        <translation>Enviar a la asesoría &amp;jurídica…</translation>
    </message>
    <message>
        <source>Counsel answers question 2a in the draft before the program office signs</source>
        <translation>La asesoría jurídica responde a la pregunta 2a del borrador antes de que firme la oficina del programa</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hivar…</translation>
    </message>
    <message>
        <source>Add validation data and a document timestamp to a signed PDF, so that it verifies after its certificates expire</source>
        <translation>Agregar datos de validación y un sello de tiempo del documento a un PDF firmado, para que se pueda verificar después de que caduquen sus certificados</translation>
    </message>
    <message>
        <source>Ask the program office about the whole document</source>
        <translation>Pedir a la oficina del programa información sobre todo el documento</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect your certificates</source>
        <translation>Proteja sus certificados</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña de al menos %1 caracteres; varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Demasiado corta: al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Weak: make it longer (12 characters or more) or mix letters, digits and other characters.</source>
        <translation>Débil: hágala más larga (12 caracteres o más) o combine letras, dígitos y otros caracteres.</translation>
    </message>
    <message>
        <source>Fair: a few more characters or another word would make it strong.</source>
        <translation>Aceptable: unos pocos caracteres más u otra palabra la harían segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PdfArchiving</name>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive a signed PDF</source>
        <translation>Archivar un PDF firmado</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the archived PDF</source>
        <translation>Guardar el PDF archivado</translation>
    </message>
    <message>
        <source>%1 was written with validation data and a document timestamp.</source>
        <translation>Se escribió %1 con datos de validación y un sello de tiempo del documento.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>No time-stamping authority is set in Edit → Settings, so no document timestamp can be added. Add the validation data alone?</source>
        <translation>No hay una autoridad de sellado de tiempo en Edición → Configuración, así que no se puede agregar un sello de tiempo del documento. ¿Agregar solo los datos de validación?</translation>
    </message>
    <message>
        <source>Nothing was archived: set a time-stamping authority in Edit → Settings for a document timestamp.</source>
        <translation>No se archivó nada: indique una autoridad de sellado de tiempo en Edición → Configuración para un sello de tiempo del documento.</translation>
    </message>
    <message>
        <source>Also fetch revocation data (CRLs and OCSP responses) from the addresses the certificates name? This reaches the network; No keeps archiving offline.</source>
        <translation>¿Obtener también datos de revocación (CRL y respuestas OCSP) de las direcciones que indican los certificados? Esto accede a la red; No mantiene el archivado sin conexión.</translation>
    </message>
    <message>
        <source>%1 was written with validation data, without a document timestamp.</source>
        <translation>Se escribió %1 con datos de validación, sin sello de tiempo del documento.</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>No obtenido: %1</translation>
    </message>
</context>
<context>
    <name>Question1Form</name>
    <message>
        <source>&lt;b&gt;Other category, described in full:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Otra categoría, descrita en su totalidad:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Other category, described in full:</source>
        <translation>Otra categoría, descrita en su totalidad:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Description of the use:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Descripción del uso:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Description of the use:</source>
        <translation>Descripción del uso:</translation>
    </message>
</context>
<context>
    <name>Question2Form</name>
    <message>
        <source>&lt;b&gt;Authorities:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autoridades:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Authorities:</source>
        <translation>Autoridades:</translation>
    </message>
    <message>
        <source>:Authority (with its citation)</source>
        <translation>:Autoridad (con su cita)</translation>
    </message>
    <message>
        <source>a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use? Yes</source>
        <translation>a) ¿Ha revisado la asesoría jurídica indicada anteriormente estas autoridades en cuanto a cuestiones de privacidad y ha determinado que permiten al Programa utilizar las redes sociales para el uso operativo indicado? Sí</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use? No</source>
        <translation>a) ¿Ha revisado la asesoría jurídica indicada anteriormente estas autoridades en cuanto a cuestiones de privacidad y ha determinado que permiten al Programa utilizar las redes sociales para el uso operativo indicado? No</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Question3Form</name>
    <message>
        <source>3. Is this use of social media in development or operational? In development</source>
        <translation>3. ¿Este uso de las redes sociales está en desarrollo o en funcionamiento? En desarrollo</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>3. Is this use of social media in development or operational? Operational</source>
        <translation>3. ¿Este uso de las redes sociales está en desarrollo o en funcionamiento? En funcionamiento</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>En funcionamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date first launched:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fecha de la primera puesta en marcha:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date first launched:</source>
        <translation>Fecha de la primera puesta en marcha:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note (when the launch date is unknown):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nota (cuando se desconoce la fecha de puesta en marcha):&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note (when the launch date is unknown):</source>
        <translation>Nota (cuando se desconoce la fecha de puesta en marcha):</translation>
    </message>
    <message>
        <source>A date: type it as YYYY-MM-DD or pick it with Alt+Down; leave it empty when not set</source>
        <translation>Una fecha: escríbala como AAAA-MM-DD o elíjala con Alt+Flecha abajo; déjela vacía si no se indica</translation>
    </message>
</context>
<context>
    <name>Question4Form</name>
    <message>
        <source>&lt;b&gt;Title of the Rules of Behavior:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Título de las normas de conducta:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Title of the Rules of Behavior:</source>
        <translation>Título de las normas de conducta:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attached file (next to the .smout file):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivo adjunto (junto al archivo .smout):&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attached file (next to the .smout file):</source>
        <translation>Archivo adjunto (junto al archivo .smout):</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Adjuntar archivo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;SHA-256 of the attached file:&lt;/b&gt;</source>
        <translation>&lt;b&gt;SHA-256 del archivo adjunto:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SHA-256 of the attached file:</source>
        <translation>SHA-256 del archivo adjunto:</translation>
    </message>
</context>
<context>
    <name>Question5Form</name>
    <message>
        <source>a) &lt;i&gt;Equipment.&lt;/i&gt; Use only government-issued equipment when engaging in the operational use of social media;</source>
        <translation>a) &lt;i&gt;Equipos.&lt;/i&gt; Utilizar únicamente equipos proporcionados por el gobierno para el uso operativo de las redes sociales;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>a) Equipment. If not, please explain</source>
        <translation>a) Equipos. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>b) &lt;i&gt;Email and accounts.&lt;/i&gt; Use online screen names or identities that indicate an official DHS affiliation and use DHS email addresses to open accounts used when engaging in social media in the performance of their duties;</source>
        <translation>b) &lt;i&gt;Correo electrónico y cuentas.&lt;/i&gt; Utilizar nombres de usuario o identidades en línea que indiquen una afiliación oficial con el DHS y utilizar direcciones de correo electrónico del DHS para abrir las cuentas que se usen en las redes sociales en el desempeño de sus funciones;</translation>
    </message>
    <message>
        <source>b) Email and accounts. If not, please explain</source>
        <translation>b) Correo electrónico y cuentas. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>c) &lt;i&gt;Public interaction.&lt;/i&gt; Access publicly available information through social media only by reviewing posted information without interacting with any individual who posted the information;</source>
        <translation>c) &lt;i&gt;Interacción con el público.&lt;/i&gt; Acceder a la información disponible públicamente en las redes sociales únicamente revisando la información publicada, sin interactuar con ninguna persona que la haya publicado;</translation>
    </message>
    <message>
        <source>c) Public interaction. If not, please explain</source>
        <translation>c) Interacción con el público. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>d) &lt;i&gt;Privacy settings.&lt;/i&gt; Respect individuals&apos; privacy settings and access only information that is publicly available;</source>
        <translation>d) &lt;i&gt;Configuración de privacidad.&lt;/i&gt; Respetar la configuración de privacidad de las personas y acceder únicamente a la información disponible públicamente;</translation>
    </message>
    <message>
        <source>d) Privacy settings. If not, please explain</source>
        <translation>d) Configuración de privacidad. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>e) &lt;i&gt;PII collection:&lt;/i&gt; Collect the minimum PII necessary for the proper performance of their authorized duties except for systems subject to Final Rules for Exemption from certain aspects of the Privacy Act;</source>
        <translation>e) &lt;i&gt;Recopilación de PII:&lt;/i&gt; Recopilar la mínima información de identificación personal (PII) necesaria para el debido desempeño de sus funciones autorizadas, salvo en los sistemas sujetos a normas finales de exención de determinados aspectos de la Ley de Privacidad;</translation>
    </message>
    <message>
        <source>e) PII collection: If not, please explain</source>
        <translation>e) Recopilación de PII: Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>f) &lt;i&gt;PII safeguards.&lt;/i&gt; Protect PII as required by the Privacy Act (if applicable) and DHS privacy policy;</source>
        <translation>f) &lt;i&gt;Protección de la PII.&lt;/i&gt; Proteger la PII según lo exige la Ley de Privacidad (si corresponde) y la política de privacidad del DHS;</translation>
    </message>
    <message>
        <source>f) PII safeguards. If not, please explain</source>
        <translation>f) Protección de la PII. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>g) &lt;i&gt;Documentation.&lt;/i&gt; Document operational use of social media, including date, site(s) accessed, information collected and how it was used.</source>
        <translation>g) &lt;i&gt;Documentación.&lt;/i&gt; Documentar el uso operativo de las redes sociales, incluidos la fecha, los sitios consultados, la información recopilada y el uso que se le dio.</translation>
    </message>
    <message>
        <source>g) Documentation. If not, please explain</source>
        <translation>g) Documentación. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>h) &lt;i&gt;Training.&lt;/i&gt; Users complete annual privacy training which has been approved by Component Privacy Officer (or Privacy Point of Contact) based upon training materials provided by the DHS Privacy Office. Training must include, at minimum: legal authorities, acceptable operational uses of social media, access requirements, and requirements for documenting operational uses of social media.</source>
        <translation>h) &lt;i&gt;Capacitación.&lt;/i&gt; Los usuarios completan una capacitación anual en materia de privacidad aprobada por el Oficial de Privacidad del componente (o el punto de contacto de privacidad) a partir de los materiales de capacitación que proporciona la Oficina de Privacidad del DHS. La capacitación debe abarcar, como mínimo: las autoridades legales, los usos operativos aceptables de las redes sociales, los requisitos de acceso y los requisitos para documentar los usos operativos de las redes sociales.</translation>
    </message>
    <message>
        <source>h) Training. If not, please explain</source>
        <translation>h) Capacitación. Si no es así, explique el motivo</translation>
    </message>
    <message>
        <source>Rule a) Equipment</source>
        <translation>Norma a) Equipos</translation>
    </message>
    <message>
        <source>Rule b) Email and accounts</source>
        <translation>Norma b) Correo electrónico y cuentas</translation>
    </message>
    <message>
        <source>Rule c) Public interaction</source>
        <translation>Norma c) Interacción con el público</translation>
    </message>
    <message>
        <source>Rule d) Privacy settings</source>
        <translation>Norma d) Configuración de privacidad</translation>
    </message>
    <message>
        <source>Rule e) PII collection</source>
        <translation>Norma e) Recopilación de PII</translation>
    </message>
    <message>
        <source>Rule f) PII safeguards</source>
        <translation>Norma f) Protección de la PII</translation>
    </message>
    <message>
        <source>Rule g) Documentation</source>
        <translation>Norma g) Documentación</translation>
    </message>
    <message>
        <source>Rule h) Training</source>
        <translation>Norma h) Capacitación</translation>
    </message>
</context>
<context>
    <name>RedactionMarker</name>
    <message>
        <source>Release Review</source>
        <translation>Revisión para divulgación</translation>
    </message>
    <message>
        <source>Mark for Withholding</source>
        <translation>Marcar para retener</translation>
    </message>
    <message>
        <source>Select text in a field, or click into a field, a date, an answer or a list entry, then mark it.</source>
        <translation>Seleccione texto en un campo, o haga clic en un campo, una fecha, una respuesta o una entrada de lista, y luego márquelo.</translation>
    </message>
    <message>
        <source>Marked for withholding: %1</source>
        <translation>Marcado para retener: %1</translation>
    </message>
    <message>
        <source>Personal data left unmarked</source>
        <translation>Datos personales sin marcar</translation>
    </message>
    <message>
        <source>The release copy would still show:

%1

Export the release copy anyway?</source>
        <translation>La copia para divulgación seguiría mostrando:

%1

¿Desea exportar la copia para divulgación de todos modos?</translation>
    </message>
    <message>
        <source>Export Release Copy</source>
        <translation>Exportar copia para divulgación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Release copy refused</source>
        <translation>Copia para divulgación rechazada</translation>
    </message>
    <message>
        <source>Exported the release copy %1 and checked it: no withheld text in it</source>
        <translation>Se exportó la copia para divulgación %1 y se comprobó: no contiene texto retenido</translation>
    </message>
    <message>
        <source>Select the cell (or, with Shift, the whole entry) of the list to withhold.</source>
        <translation>Seleccione la celda de la lista que desea retener (o, con Mayús, la entrada completa).</translation>
    </message>
</context>
<context>
    <name>ReleaseReviewView</name>
    <message>
        <source>Change &amp;Exemptions…</source>
        <translation>Cambiar &amp;exenciones…</translation>
    </message>
    <message>
        <source>&amp;Remove Marking</source>
        <translation>&amp;Quitar marca</translation>
    </message>
    <message>
        <source>Release markings</source>
        <translation>Marcas para divulgación</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <source>(the whole entry)</source>
        <translation>(toda la entrada)</translation>
    </message>
    <message>
        <source>cannot be applied</source>
        <translation>no se puede aplicar</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>Answers the release would give away</source>
        <translation>Respuestas que la copia para divulgación revelaría</translation>
    </message>
    <message>
        <source>(the whole choice)</source>
        <translation>(toda la opción)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Change Exemptions</source>
        <translation>Cambiar exenciones</translation>
    </message>
    <message>
        <source>Remove Marking</source>
        <translation>Quitar marca</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request More Information</source>
        <translation>Solicitar más información</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <source>What information is needed</source>
        <translation>Información que se necesita</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Answer Request %1</source>
        <translation>Responder a la solicitud %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks about &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pregunta sobre &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Send Answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Shown with your requests and answers in the document and its PDF</source>
        <translation>Se muestra con sus solicitudes y respuestas en el documento y en su PDF</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Shown with your requests and answers in the document and its PDF. Asked once; change it in Settings.</source>
        <translation>Se muestra con sus solicitudes y respuestas en el documento y en su PDF. Se pide una sola vez; puede cambiarlo en Configuración.</translation>
    </message>
</context>
<context>
    <name>RequestMarkers</name>
    <message>
        <source>Request More Information…</source>
        <translation>Solicitar más información…</translation>
    </message>
    <message>
        <source>Ask the program office for more information about a field of this section</source>
        <translation>Pedir a la oficina del programa más información sobre un campo de esta sección</translation>
    </message>
    <message>
        <source>Request %1 from %2 (open): %3</source>
        <translation>Solicitud %1 de %2 (abierta): %3</translation>
    </message>
    <message>
        <source>Request %1 from %2 (answered): %3</source>
        <translation>Solicitud %1 de %2 (respondida): %3</translation>
    </message>
    <message>
        <source> — changed since the request</source>
        <translation> — campo modificado desde la solicitud</translation>
    </message>
</context>
<context>
    <name>RequestsDock</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>C&amp;lose Request</source>
        <translation>C&amp;errar solicitud</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Submission…</source>
        <translation>Comparar con la presentación &amp;anterior…</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Abiertas (no cerradas)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Requests shown</source>
        <translation>Solicitudes mostradas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Requests for additional information</source>
        <translation>Solicitudes de información adicional</translation>
    </message>
    <message>
        <source>Activate a request to go to its field</source>
        <translation>Active una solicitud para ir a su campo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>%1, changed since the request</source>
        <translation>%1, campo modificado desde la solicitud</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 about %2, asked by %3 (%4) on %5:
%6</source>
        <translation>%1 sobre %2, formulada por %3 (%4) el %5:
%6</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>todo el documento</translation>
    </message>
    <message>
        <source>Answer by %1 on %2: %3</source>
        <translation>Respuesta de %1 el %2: %3</translation>
    </message>
    <message>
        <source>The field has changed since the request.</source>
        <translation>El campo se ha modificado desde la solicitud.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Seleccione primero una solicitud.</translation>
    </message>
    <message>
        <source>What changed, field by field, since the previous submission</source>
        <translation>Qué cambió, campo por campo, desde la presentación anterior</translation>
    </message>
    <message>
        <source>No previous submission is known: open the document from the inventory or from a signed PDF.</source>
        <translation>No se conoce ninguna presentación anterior: abra el documento desde el inventario o desde un PDF firmado.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, shown with the requests you close in the document and its PDF:</source>
        <translation>Su nombre, que se muestra con las solicitudes que usted cierre en el documento y en su PDF:</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>:PIA number</source>
        <translation>:Número de PIA</translation>
    </message>
    <message>
        <source>:SORN number</source>
        <translation>:Número de SORN</translation>
    </message>
    <message>
        <source>Covered by existing PIA</source>
        <translation>Cubierto por una PIA existente</translation>
    </message>
    <message>
        <source>Covered by existing SORN</source>
        <translation>Cubierto por un SORN existente</translation>
    </message>
    <message>
        <source>DESIGNATION: PIA</source>
        <translation>DESIGNACIÓN: PIA</translation>
    </message>
    <message>
        <source>DESIGNATION: SORN</source>
        <translation>DESIGNACIÓN: SORN</translation>
    </message>
    <message>
        <source>Other: the &quot;other&quot; category of use explained</source>
        <translation>Otra: explicación de la categoría de uso «otra»</translation>
    </message>
    <message>
        <source>Administrative investigations (question 1 only; not in this section of the form)</source>
        <translation>Investigaciones administrativas (solo en la pregunta 1; no figura en esta sección del formulario)</translation>
    </message>
    <message>
        <source>Employment determinations (question 1 only; not in this section of the form)</source>
        <translation>Determinaciones de empleo (solo en la pregunta 1; no figura en esta sección del formulario)</translation>
    </message>
    <message>
        <source>PII storage: applicable SORN</source>
        <translation>Almacenamiento de PII: SORN aplicable</translation>
    </message>
    <message>
        <source>Rules of Behavior do not comply: analysis</source>
        <translation>Las normas de conducta no son conformes: análisis</translation>
    </message>
    <message>
        <source>Updated: name and number of the PIA to be updated</source>
        <translation>Actualizado: nombre y número de la PIA que se actualizará</translation>
    </message>
    <message>
        <source>Updated: name and number of the SORN to be updated</source>
        <translation>Actualizado: nombre y número del SORN que se actualizará</translation>
    </message>
    <message>
        <source>A date: type it as YYYY-MM-DD or pick it with Alt+Down; leave it empty when not set</source>
        <translation>Una fecha: escríbala como AAAA-MM-DD o elíjala con Alt+Flecha abajo; déjela vacía si no se ha establecido</translation>
    </message>
</context>
<context>
    <name>RevisionComparison</name>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them</source>
        <translation>Seleccione una revisión para ver qué cambió, o dos para compararlas</translation>
    </message>
    <message>
        <source>Changes between revisions</source>
        <translation>Cambios entre revisiones</translation>
    </message>
    <message>
        <source>Select a SMOUT to see its revisions.</source>
        <translation>Seleccione un SMOUT para ver sus revisiones.</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Seleccione una revisión para ver qué cambió, o dos para compararlas.</translation>
    </message>
    <message>
        <source>Revision %1 is the first: every field it set.</source>
        <translation>La revisión %1 es la primera: todos los campos que estableció.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed from revision %1 to revision %2.</source>
        <translation>
            <numerusform>%n campo cambió de la revisión %1 a la revisión %2.</numerusform>
            <numerusform>%n campos cambiaron de la revisión %1 a la revisión %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the revisions…</source>
        <translation>Leyendo las revisiones…</translation>
    </message>
</context>
<context>
    <name>RuleExplanations</name>
    <message>
        <source>If not, please explain:</source>
        <translation>Si no es así, explique el motivo:</translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <source>Is a SMOUT needed at all? The following uses are exempt from Management Directive 110-01: check any that applies to this use.</source>
        <translation>¿Hace falta un SMOUT? Los usos siguientes están exentos de la Directiva de Gestión 110-01: marque los que correspondan a este uso.</translation>
    </message>
</context>
<context>
    <name>SectionOwners</name>
    <message>
        <source>Every signer</source>
        <translation>Todos los firmantes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>This section is completed by %1. You are signed in as %2.</source>
        <translation>Esta sección la completa %1. Ha iniciado sesión como %2.</translation>
    </message>
</context>
<context>
    <name>SendToCounsel</name>
    <message>
        <source>Send to Counsel</source>
        <translation>Enviar a la asesoría jurídica</translation>
    </message>
    <message>
        <source>The program office sends its draft to counsel. Choose the role Program office to send it.</source>
        <translation>La oficina del programa envía su borrador a la asesoría jurídica. Elija la función Oficina del programa para enviarlo.</translation>
    </message>
    <message>
        <source>Counsel has answered question 2a already. Sign as the program office next (Signatures &amp; export → Sign…); counsel then countersigns the signed PDF.</source>
        <translation>La asesoría jurídica ya respondió a la pregunta 2a. A continuación, firme como la oficina del programa (Firmas y exportación → Firmar…); después, la asesoría jurídica refrenda el PDF firmado.</translation>
    </message>
    <message>
        <source>Marking the revision for counsel…</source>
        <translation>Marcando la revisión para la asesoría jurídica…</translation>
    </message>
    <message>
        <source>Not sent to counsel</source>
        <translation>No se envió a la asesoría jurídica</translation>
    </message>
    <message>
        <source>revision %1 in the inventory</source>
        <translation>revisión %1 en el inventario</translation>
    </message>
    <message>
        <source>Sent to counsel</source>
        <translation>Enviado a la asesoría jurídica</translation>
    </message>
    <message>
        <source>Revision %1 is marked “with counsel” in the inventory. Counsel opens it there with the role Counsel, answers question 2a, and saves it back to the inventory. Then open the latest revision and sign it as the program office.</source>
        <translation>La revisión %1 está marcada «con la asesoría jurídica» en el inventario. La asesoría jurídica la abre allí con la función Asesoría jurídica, responde a la pregunta 2a y la vuelve a guardar en el inventario. Después, abra la revisión más reciente y fírmela como la oficina del programa.</translation>
    </message>
    <message>
        <source>Send %1 to counsel (by e-mail or your office&apos;s file share). Counsel opens it in SMOUT Studio with the role Counsel, answers question 2a, saves it and returns it to you. Then open the returned file and sign it as the program office.</source>
        <translation>Envíe %1 a la asesoría jurídica (por correo electrónico o por el recurso compartido de archivos de su oficina). La asesoría jurídica lo abre en SMOUT Studio con la función Asesoría jurídica, responde a la pregunta 2a, lo guarda y se lo devuelve. Después, abra el archivo devuelto y fírmelo como la oficina del programa.</translation>
    </message>
    <message>
        <source>With counsel since %1</source>
        <translation>Con la asesoría jurídica desde %1</translation>
    </message>
    <message>
        <source>Sent to counsel to answer question 2a: %1</source>
        <translation>Enviado a la asesoría jurídica para que responda a la pregunta 2a: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language and pages</source>
        <translation>Idioma y páginas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Menus and forms change language at the next start.</source>
        <translation>Los menús y formularios cambian de idioma en el próximo inicio.</translation>
    </message>
    <message>
        <source>Print the form&apos;s wording in the interface language (DHS adjudicates in English)</source>
        <translation>Imprimir el texto del formulario en el idioma de la interfaz (el DHS resuelve en inglés)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>You and your work</source>
        <translation>Usted y su trabajo</translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation>&amp;Función predeterminada:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Recorded with every revision you save to the inventory</source>
        <translation>Se registra con cada revisión que guarde en el inventario</translation>
    </message>
    <message>
        <source>Recovery copy &amp;after:</source>
        <translation>Copia de recuperación tr&amp;as:</translation>
    </message>
    <message>
        <source>Seconds after your last change before unsaved work is copied for recovery after a crash</source>
        <translation>Segundos desde su último cambio hasta que el trabajo sin guardar se copia para recuperarlo tras un cierre inesperado</translation>
    </message>
    <message>
        <source>Inventory and certificates</source>
        <translation>Inventario y certificados</translation>
    </message>
    <message>
        <source>&amp;Inventory:</source>
        <translation>In&amp;ventario:</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/dbname for a shared office inventory; empty for your own inventory</source>
        <translation>Un archivo SQLite, o postgresql://usuario@servidor:puerto/nombrebd para un inventario compartido de la oficina; vacío para su propio inventario</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Certificates from:</source>
        <translation>&amp;Certificados de:</translation>
    </message>
    <message>
        <source>Once certificates have been used, another database applies from the next start.</source>
        <translation>Una vez usados los certificados, otra base de datos se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Inventory database</source>
        <translation>Base de datos del inventario</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>My NSS database (%1), shared with the smout command and smart cards</source>
        <translation>Mi base de datos NSS (%1), compartida con el comando smout y las tarjetas inteligentes</translation>
    </message>
    <message>
        <source>&amp;Timestamps from:</source>
        <translation>&amp;Sellos de tiempo de:</translation>
    </message>
    <message>
        <source>No time-stamping authority</source>
        <translation>Sin autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <source>The address (http or https) of a time-stamping authority: the Sign dialog then offers an RFC 3161 timestamp, which keeps a signature verifiable after its certificate expires. Only this address is asked.</source>
        <translation>La dirección (http o https) de una autoridad de sellado de tiempo: el cuadro de diálogo Firmar ofrece entonces un sello de tiempo RFC 3161, que mantiene la firma verificable después de que caduque su certificado. Solo se pide esta dirección.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign as %1</source>
        <translation>Firmar como %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>May not sign: %1</source>
        <translation>No puede firmar: %1</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the certificate database:</source>
        <translation>&amp;Frase de contraseña de la base de datos de certificados:</translation>
    </message>
    <message>
        <source>&amp;PIN for %1:</source>
        <translation>&amp;PIN de %1:</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>%1. Retype it, or cancel.</source>
        <translation>%1. Vuelva a intentarlo o cancele.</translation>
    </message>
    <message>
        <source>&amp;Import Certificate…</source>
        <translation>&amp;Importar certificado…</translation>
    </message>
    <message>
        <source>Import your certificate and its key from a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Importe su certificado y su clave desde un archivo PKCS#12 (.p12 o .pfx)</translation>
    </message>
    <message>
        <source>No certificate here may sign documents. Import your certificate (a .p12 or .pfx file), or insert your card and open this dialog again.</source>
        <translation>Ningún certificado de aquí puede firmar documentos. Importe su certificado (un archivo .p12 o .pfx), o inserte su tarjeta y vuelva a abrir este cuadro de diálogo.</translation>
    </message>
    <message>
        <source>Add a &amp;timestamp from %1</source>
        <translation>Agregar un &amp;sello de tiempo de %1</translation>
    </message>
    <message>
        <source>The time-stamping authority proves when you signed, so that the signature stays verifiable after your certificate expires. Without an answer from it, nothing is signed.</source>
        <translation>La autoridad de sellado de tiempo demuestra cuándo firmó usted, de modo que la firma siga siendo verificable después de que caduque su certificado. Sin una respuesta suya, no se firma nada.</translation>
    </message>
    <message>
        <source>Only the certificates the role registry lists for %1 can be chosen.</source>
        <translation>Solo se pueden elegir los certificados que el registro de funciones indica para la función %1.</translation>
    </message>
    <message>
        <source>No role registry is set: nothing checks that the certificate you choose belongs to %1. Ask your office to keep one (smout db roles), so that a role is a fact rather than a claim.</source>
        <translation>No hay ningún registro de funciones establecido: nada comprueba que el certificado que elija corresponda a la función %1. Pida a su oficina que mantenga uno (smout db roles), para que una función sea un hecho comprobado y no una simple afirmación.</translation>
    </message>
</context>
<context>
    <name>SignaturesForm</name>
    <message>
        <source>Export the filled form as a PDF (with the document embedded for the round trip), print it, or preview exactly what will be printed. A document that still holds errors is exported as a draft, marked on every page.</source>
        <translation>Exporte el formulario cumplimentado como PDF (con el documento incrustado para recuperarlo después), imprímalo o vea una vista previa exacta de lo que se imprimirá. Un documento que aún contiene errores se exporta como borrador, con una marca en cada página.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>&amp;Verificar un PDF firmado…</translation>
    </message>
    <message>
        <source>Import certificate (PKCS#12)…</source>
        <translation>Importar certificado (PKCS#12)…</translation>
    </message>
    <message>
        <source>Trust a root certificate…</source>
        <translation>Confiar en un certificado raíz…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Import a PKCS#12 certificate</source>
        <translation>Importar un certificado PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>The certificate was imported.</source>
        <translation>Se importó el certificado.</translation>
    </message>
    <message>
        <source>Trust a root certificate</source>
        <translation>Confiar en un certificado raíz</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signatures chaining to this root are now trusted.</source>
        <translation>Las firmas que se encadenan a esta raíz ahora son de confianza.</translation>
    </message>
    <message>
        <source>The author-signed submission</source>
        <translation>La presentación firmada por el autor</translation>
    </message>
    <message>
        <source>The counsel-signed submission</source>
        <translation>La presentación firmada por la asesoría jurídica</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Save the signed PDF</source>
        <translation>Guardar el PDF firmado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Verificar un PDF firmado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>no es de confianza</translation>
    </message>
    <message>
        <source>%1: every signature is valid and trusted, and nothing changed after signing.</source>
        <translation>%1: todas las firmas son válidas y de confianza, y nada cambió después de la firma.</translation>
    </message>
    <message>
        <source>SMOUT Studio will use %1 from its next start; this session keeps using %2.</source>
        <translation>SMOUT Studio usará %1 a partir del próximo inicio; esta sesión sigue usando %2.</translation>
    </message>
    <message>
        <source>Certificates &amp;from:</source>
        <translation>Certificados &amp;de:</translation>
    </message>
    <message>
        <source>As counsel you sign the submission the program office signed: the PDF it exported and signed as author, and sent to you for legal review. Your signature is added to that file, after its own.</source>
        <translation>Como asesoría jurídica, usted firma la presentación que firmó la oficina del programa: el PDF que esta exportó y firmó como autor, y le envió para su revisión jurídica. Su firma se añade a ese archivo, después de la firma de la oficina.</translation>
    </message>
    <message>
        <source>As the DHS Privacy Office reviewer you sign an adjudication of the counsel-signed submission: the PDF the program office signed as author and counsel signed after legal review, sent to the Privacy Office. Your signed adjudication PDF carries your review and embeds that submission unchanged.</source>
        <translation>Como revisor de la Oficina de Privacidad del DHS, usted firma una resolución sobre la presentación firmada por la asesoría jurídica: el PDF que la oficina del programa firmó como autor y la asesoría jurídica firmó tras la revisión jurídica, enviado a la Oficina de Privacidad. El PDF de resolución que usted firma contiene su revisión e incrusta esa presentación sin cambios.</translation>
    </message>
    <message>
        <source>Choose that PDF next.</source>
        <translation>A continuación, elija ese PDF.</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as a whole</source>
        <translation>El archivo en su conjunto</translation>
    </message>
    <message>
        <source>%1: do not rely on this PDF. The problems found are listed above, under the signature they concern.</source>
        <translation>%1: no confíe en este PDF. Los problemas encontrados se indican arriba, bajo la firma a la que se refieren.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>My NSS database (%1), shared with the smout command and smart cards</source>
        <translation>Mi base de datos NSS (%1), compartida con el comando smout y las tarjetas inteligentes</translation>
    </message>
    <message>
        <source>No root certificate is trusted in %1, so no signature counts as trusted (add one: Trust a root certificate…).</source>
        <translation>No se confía en ningún certificado raíz en %1, por lo que ninguna firma se considera de confianza (agregue uno: Confiar en un certificado raíz…).</translation>
    </message>
    <message>
        <source>Trusted roots (as in %1, which the smout command uses too): %2.</source>
        <translation>Raíces de confianza (según %1, que también usa el comando smout): %2.</translation>
    </message>
    <message>
        <source>Trusted roots (as in %1): %2.</source>
        <translation>Raíces de confianza (según %1): %2.</translation>
    </message>
    <message>
        <source>Passphrase of the certificate database:</source>
        <translation>Frase de contraseña de la base de datos de certificados:</translation>
    </message>
    <message>
        <source>Your key will be kept in the certificate database %1, which has no passphrase yet. Give it one: without it, anyone who can read your files could sign as you. You will type it each time you sign.</source>
        <translation>Su clave se guardará en la base de datos de certificados %1, que aún no tiene frase de contraseña. Asígnele una: sin ella, cualquier persona que pueda leer sus archivos podría firmar en su nombre. La escribirá cada vez que firme.</translation>
    </message>
    <message>
        <source>Nothing was imported: a key is kept only in a database with a passphrase.</source>
        <translation>No se importó nada: una clave solo se guarda en una base de datos con frase de contraseña.</translation>
    </message>
    <message>
        <source>Protect your certificates</source>
        <translation>Proteja sus certificados</translation>
    </message>
    <message>
        <source>The certificate database %1 has no passphrase: anyone who can read your files can sign as you. Give it a passphrase now?</source>
        <translation>La base de datos de certificados %1 no tiene frase de contraseña: cualquier persona que pueda leer sus archivos puede firmar en su nombre. ¿Desea asignarle una frase de contraseña ahora?</translation>
    </message>
    <message>
        <source>Choose the passphrase of the certificate database %1. You will type it each time you sign.</source>
        <translation>Elija la frase de contraseña de la base de datos de certificados %1. La escribirá cada vez que firme.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>document timestamp</source>
        <translation>sello de tiempo del documento</translation>
    </message>
    <message>
        <source>Verifiable after the certificates expire: yes</source>
        <translation>Verificable después de que caduquen los certificados: sí</translation>
    </message>
    <message>
        <source>Verifiable after the certificates expire: no — File → Archive… adds what is missing</source>
        <translation>Verificable después de que caduquen los certificados: no — Archivo → Archivar… agrega lo que falta</translation>
    </message>
    <message>
        <source>Trust this root certificate? Every signature whose certificate chains to it will count as trusted.

Subject: %1
SHA-256 fingerprint: %2

Compare the fingerprint with the one its issuer gave you.</source>
        <translation>¿Confiar en este certificado raíz? Toda firma cuyo certificado se encadene a él contará como de confianza.

Sujeto: %1
Huella SHA-256: %2

Compare la huella con la que le dio su emisor.</translation>
    </message>
</context>
<context>
    <name>SignedText</name>
    <message>
        <source>%1 %2 (SHA-256 %3)</source>
        <translation>%1 %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>%1: the certificate is not trusted</source>
        <translation>%1: el certificado no es de confianza</translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <source>&lt;b&gt;Date submitted for review:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fecha de presentación para revisión:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date submitted for review:</source>
        <translation>Fecha de presentación para revisión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name of Component:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nombre del componente:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name of Component</source>
        <translation>Nombre del componente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact Information:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Información de contacto:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contact Information:</source>
        <translation>Información de contacto:</translation>
    </message>
    <message>
        <source>Program contacts: name, title, office, phone, email</source>
        <translation>Contactos del programa: nombre, cargo, oficina, teléfono, correo electrónico</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counsel² Contact Information:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Información de contacto de la asesoría jurídica²:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counsel² Contact Information:</source>
        <translation>Información de contacto de la asesoría jurídica²:</translation>
    </message>
    <message>
        <source>Counsel who certify that appropriate authority exists</source>
        <translation>Asesores jurídicos que certifican que existe la autoridad adecuada</translation>
    </message>
    <message>
        <source>&lt;b&gt;IT System(s) where social media data is stored:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sistemas de TI donde se almacenan los datos de redes sociales:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>IT System(s) where social media data is stored:</source>
        <translation>Sistemas de TI donde se almacenan los datos de redes sociales:</translation>
    </message>
    <message>
        <source>:IT system</source>
        <translation>:Sistema de TI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicable Privacy Impact Assessment(s) (PIA):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluaciones de impacto en la privacidad (PIA) aplicables:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applicable Privacy Impact Assessment(s) (PIA):</source>
        <translation>Evaluaciones de impacto en la privacidad (PIA) aplicables:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicable System of Records Notice(s) (SORN):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avisos de sistema de registros (SORN) aplicables:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applicable System of Records Notice(s) (SORN):</source>
        <translation>Avisos de sistema de registros (SORN) aplicables:</translation>
    </message>
    <message>
        <source>A date: type it as YYYY-MM-DD or pick it with Alt+Down; leave it empty when not set</source>
        <translation>Una fecha: escríbala como AAAA-MM-DD o elíjala con Alt+Flecha abajo; déjela vacía si no se ha establecido</translation>
    </message>
    <message>
        <source>name:Name;title:Title;office:Office*;phone:Phone;email:Email</source>
        <translation>name:Nombre;title:Cargo;office:Oficina*;phone:Teléfono;email:Correo electrónico</translation>
    </message>
    <message>
        <source>id:PIA number;title:Title*;date:Date (YYYY-MM-DD)</source>
        <translation>id:Número de PIA;title:Título*;date:Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>id:SORN number;title:Title*;date:Date (YYYY-MM-DD);federal_register:Federal Register</source>
        <translation>id:Número de SORN;title:Título*;date:Fecha (AAAA-MM-DD);federal_register:Registro Federal</translation>
    </message>
</context>
<context>
    <name>TableAccessible</name>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If not, please explain:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Si no es así, explique el motivo:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If not, please explain:</source>
        <translation>Si no es así, explique el motivo:</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>SMOUT Studio User Guide</source>
        <translation>Guía del usuario de SMOUT Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Esta compilación no incluye la guía del usuario.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SMOUT Studio</source>
        <translation>Le damos la bienvenida a SMOUT Studio</translation>
    </message>
    <message>
        <source>A &lt;b&gt;Social Media Operational Use Template&lt;/b&gt; (SMOUT) documents how a DHS program uses social media to collect personally identifiable information for an operational purpose, such as an investigation or a benefit determination, as Management Directive 110-01 requires. The program office fills it in, counsel confirms the legal authorities, and the DHS Privacy Office reviews it. SMOUT Studio checks it as you type, exports it as PDF and signs it.</source>
        <translation>Una &lt;b&gt;plantilla de uso operativo de redes sociales&lt;/b&gt; (SMOUT, por sus siglas en inglés) documenta cómo un programa del DHS utiliza las redes sociales para recopilar información de identificación personal con un fin operativo, como una investigación o una determinación de beneficios, según exige la Directiva de Gestión 110-01. La oficina del programa la completa, la asesoría jurídica confirma las autoridades legales y la Oficina de Privacidad del DHS la revisa. SMOUT Studio la comprueba mientras usted escribe, la exporta como PDF y la firma.</translation>
    </message>
    <message>
        <source>Start a new SMOUT</source>
        <translation>Comenzar un SMOUT nuevo</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Componente:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation>Elegir más tarde</translation>
    </message>
    <message>
        <source>&amp;New SMOUT</source>
        <translation>&amp;Nuevo SMOUT</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>A .smout document, or a PDF exported by SMOUT Studio</source>
        <translation>Un documento .smout o un PDF exportado por SMOUT Studio</translation>
    </message>
    <message>
        <source>Example: a complete SMOUT</source>
        <translation>Ejemplo: un SMOUT completo</translation>
    </message>
    <message>
        <source>Example: ICE 2012, released under FOIA</source>
        <translation>Ejemplo: ICE 2012, divulgado en virtud de la FOIA</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a file</source>
        <translation>Pulse Intro o haga doble clic para abrir un archivo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent files yet: files you open or save appear here.</source>
        <translation>Aún no hay archivos recientes: aquí aparecen los archivos que abra o guarde.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Drafts, checks and exports SMOUTs.</source>
        <translation>Redacta, revisa y exporta SMOUT.</translation>
    </message>
    <message>
        <source>The .smout file (or exported PDF) to open.</source>
        <translation>El archivo .smout (o PDF exportado) que se abrirá.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guarda una imagen de la ventana en ARCHIVO y sale.</translation>
    </message>
    <message>
        <source>Show the section with this number (0-10) first.</source>
        <translation>Muestra primero la sección con este número (0-10).</translation>
    </message>
    <message>
        <source>Set a field as if typed, e.g. questions.q1_other=&quot;text&quot; (a JSON value), as an undoable edit.</source>
        <translation>Establece un campo como si se escribiera, p. ej., questions.q1_other=&quot;texto&quot; (un valor JSON), como una edición que se puede deshacer.</translation>
    </message>
    <message>
        <source>Print the milliseconds from launch to the first painted window, then quit.</source>
        <translation>Imprime los milisegundos transcurridos desde el inicio hasta que se dibuja la primera ventana, y sale.</translation>
    </message>
</context>
<context>
    <name>smout</name>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Q5 Rule %1) %2</source>
        <translation>P5 Norma %1) %2</translation>
    </message>
</context>
<context>
    <name>smout::Components</name>
    <message>
        <source>U.S. Customs and Border Protection</source>
        <translation>Oficina de Aduanas y Protección Fronteriza de los Estados Unidos</translation>
    </message>
    <message>
        <source>Cybersecurity and Infrastructure Security Agency</source>
        <translation>Agencia de Ciberseguridad y Seguridad de las Infraestructuras</translation>
    </message>
    <message>
        <source>Federal Emergency Management Agency</source>
        <translation>Agencia Federal para el Manejo de Emergencias</translation>
    </message>
    <message>
        <source>Federal Law Enforcement Training Centers</source>
        <translation>Centros Federales de Capacitación para el Cumplimiento de la Ley</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement</source>
        <translation>Servicio de Inmigración y Control de Aduanas de los Estados Unidos</translation>
    </message>
    <message>
        <source>Transportation Security Administration</source>
        <translation>Administración de Seguridad en el Transporte</translation>
    </message>
    <message>
        <source>U.S. Coast Guard</source>
        <translation>Guardia Costera de los Estados Unidos</translation>
    </message>
    <message>
        <source>U.S. Citizenship and Immigration Services</source>
        <translation>Servicio de Ciudadanía e Inmigración de los Estados Unidos</translation>
    </message>
    <message>
        <source>U.S. Secret Service</source>
        <translation>Servicio Secreto de los Estados Unidos</translation>
    </message>
    <message>
        <source>Countering Weapons of Mass Destruction Office</source>
        <translation>Oficina para Contrarrestar las Armas de Destrucción Masiva</translation>
    </message>
    <message>
        <source>Office of Intelligence and Analysis</source>
        <translation>Oficina de Inteligencia y Análisis</translation>
    </message>
    <message>
        <source>Management Directorate</source>
        <translation>Dirección de Gestión</translation>
    </message>
    <message>
        <source>Office of Biometric Identity Management</source>
        <translation>Oficina de Gestión de Identidad Biométrica</translation>
    </message>
    <message>
        <source>Office of the General Counsel</source>
        <translation>Oficina del Asesor Jurídico General</translation>
    </message>
    <message>
        <source>Office of Inspector General</source>
        <translation>Oficina del Inspector General</translation>
    </message>
    <message>
        <source>Office of Operations Coordination</source>
        <translation>Oficina de Coordinación de Operaciones</translation>
    </message>
    <message>
        <source>Office of Strategy, Policy, and Plans</source>
        <translation>Oficina de Estrategia, Políticas y Planes</translation>
    </message>
    <message>
        <source>Privacy Office</source>
        <translation>Oficina de Privacidad</translation>
    </message>
    <message>
        <source>Science and Technology Directorate</source>
        <translation>Dirección de Ciencia y Tecnología</translation>
    </message>
</context>
<context>
    <name>smout::DocumentModel</name>
    <message>
        <source>%1: the text holds a lone surrogate, which is not a character</source>
        <translation>%1: el texto contiene un sustituto aislado, que no es un carácter</translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation>%1: no existe ese campo</translation>
    </message>
    <message>
        <source>%1 belongs to %2; as %3 you can read it but not change it</source>
        <translation>%1 pertenece a %2; como %3, puede leerlo pero no modificarlo</translation>
    </message>
</context>
<context>
    <name>smout::EditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>smout::FieldNames</name>
    <message>
        <source>Date submitted for review</source>
        <translation>Fecha de presentación para revisión</translation>
    </message>
    <message>
        <source>Name of Component</source>
        <translation>Nombre del componente</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Información de contacto</translation>
    </message>
    <message>
        <source>Counsel Contact Information</source>
        <translation>Información de contacto de la asesoría jurídica</translation>
    </message>
    <message>
        <source>IT System(s)</source>
        <translation>Sistemas de TI</translation>
    </message>
    <message>
        <source>Privacy Impact Assessment(s)</source>
        <translation>Evaluaciones de impacto en la privacidad</translation>
    </message>
    <message>
        <source>System of Records Notice(s)</source>
        <translation>Avisos de sistema de registros</translation>
    </message>
    <message>
        <source>Q1 Category of use</source>
        <translation>P1 Categoría de uso</translation>
    </message>
    <message>
        <source>Q1 Other category</source>
        <translation>P1 Otra categoría</translation>
    </message>
    <message>
        <source>Q1 Description of the use</source>
        <translation>P1 Descripción del uso</translation>
    </message>
    <message>
        <source>Q2 Authorities</source>
        <translation>P2 Autoridades</translation>
    </message>
    <message>
        <source>Q2a Counsel&apos;s review of the authorities</source>
        <translation>P2a Revisión de las autoridades por la asesoría jurídica</translation>
    </message>
    <message>
        <source>Q3 Status</source>
        <translation>P3 Estado</translation>
    </message>
    <message>
        <source>Q3 Date first launched</source>
        <translation>P3 Fecha de la primera puesta en marcha</translation>
    </message>
    <message>
        <source>Q3 Note on the launch date</source>
        <translation>P3 Nota sobre la fecha de puesta en marcha</translation>
    </message>
    <message>
        <source>Q4 Rules of Behavior attachment</source>
        <translation>P4 Anexo de las normas de conducta</translation>
    </message>
    <message>
        <source>Review: date reviewed</source>
        <translation>Revisión: fecha de revisión</translation>
    </message>
    <message>
        <source>Review: name of the reviewer</source>
        <translation>Revisión: nombre del revisor</translation>
    </message>
    <message>
        <source>Review: designation, PIA(s)</source>
        <translation>Revisión: designación, PIA</translation>
    </message>
    <message>
        <source>Review: designation, SORN(s)</source>
        <translation>Revisión: designación, SORN</translation>
    </message>
    <message>
        <source>Review: category of use</source>
        <translation>Revisión: categoría de uso</translation>
    </message>
    <message>
        <source>Review: other category</source>
        <translation>Revisión: otra categoría</translation>
    </message>
    <message>
        <source>Review: authorities analysis</source>
        <translation>Revisión: análisis de las autoridades</translation>
    </message>
    <message>
        <source>Review: Rules of Behavior content</source>
        <translation>Revisión: contenido de las normas de conducta</translation>
    </message>
    <message>
        <source>Review: determination</source>
        <translation>Revisión: determinación</translation>
    </message>
    <message>
        <source>Review: PIA documentation</source>
        <translation>Revisión: documentación de PIA</translation>
    </message>
    <message>
        <source>Review: SORN documentation</source>
        <translation>Revisión: documentación de SORN</translation>
    </message>
    <message>
        <source>Review: comments</source>
        <translation>Revisión: comentarios</translation>
    </message>
</context>
<context>
    <name>smout::Finding</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>smout::FormText</name>
    <message>
        <source>(not answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(no se indica ninguno)</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Sí.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Screening: the program states that this use is exempt:</source>
        <translation>Evaluación previa: el programa declara que este uso está exento:</translation>
    </message>
    <message>
        <source>SUMMARY INFORMATION</source>
        <translation>INFORMACIÓN GENERAL</translation>
    </message>
    <message>
        <source>Date submitted for review:</source>
        <translation>Fecha de presentación para revisión:</translation>
    </message>
    <message>
        <source>Name of Component:</source>
        <translation>Nombre del componente:</translation>
    </message>
    <message>
        <source>Contact Information:</source>
        <translation>Información de contacto:</translation>
    </message>
    <message>
        <source>Counsel² Contact Information:</source>
        <translation>Información de contacto de la asesoría jurídica²:</translation>
    </message>
    <message>
        <source>IT System(s) where social media data is stored:</source>
        <translation>Sistemas de TI donde se almacenan los datos de redes sociales:</translation>
    </message>
    <message>
        <source>Applicable Privacy Impact Assessment(s) (PIA):</source>
        <translation>Evaluaciones de impacto en la privacidad (PIA) aplicables:</translation>
    </message>
    <message>
        <source>Applicable System of Records Notice(s) (SORN):</source>
        <translation>Avisos de sistema de registros (SORN) aplicables:</translation>
    </message>
    <message>
        <source>SPECIFIC QUESTIONS</source>
        <translation>PREGUNTAS ESPECÍFICAS</translation>
    </message>
    <message>
        <source>Other category:</source>
        <translation>Otra categoría:</translation>
    </message>
    <message>
        <source>In development.</source>
        <translation>En desarrollo.</translation>
    </message>
    <message>
        <source>Operational.</source>
        <translation>En funcionamiento.</translation>
    </message>
    <message>
        <source>Date first launched:</source>
        <translation>Fecha de la primera puesta en marcha:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation>Archivo adjunto:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>If not, please explain:</source>
        <translation>Si no es así, explique el motivo:</translation>
    </message>
    <message>
        <source>No. If not, please explain:</source>
        <translation>No. Si no es así, explique el motivo:</translation>
    </message>
    <message>
        <source>Equipment.</source>
        <translation>Equipos.</translation>
    </message>
    <message>
        <source>Email and accounts.</source>
        <translation>Correo electrónico y cuentas.</translation>
    </message>
    <message>
        <source>Public interaction.</source>
        <translation>Interacción con el público.</translation>
    </message>
    <message>
        <source>Privacy settings.</source>
        <translation>Configuración de privacidad.</translation>
    </message>
    <message>
        <source>PII safeguards.</source>
        <translation>Protección de la PII.</translation>
    </message>
    <message>
        <source>Documentation.</source>
        <translation>Documentación.</translation>
    </message>
    <message>
        <source>Training.</source>
        <translation>Capacitación.</translation>
    </message>
    <message>
        <source>Appendix: validation findings</source>
        <translation>Apéndice: observaciones de la validación</translation>
    </message>
    <message>
        <source>This draft was exported before every error was resolved. It cannot be signed or submitted until the errors below are fixed.</source>
        <translation>Este borrador se exportó antes de resolver todos los errores. No se puede firmar ni presentar hasta que se corrijan los errores siguientes.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Field and what to do</source>
        <translation>Campo y qué hacer</translation>
    </message>
    <message>
        <source>DHS OPERATIONAL USE OF SOCIAL MEDIA</source>
        <translation>USO OPERATIVO DE LAS REDES SOCIALES EN EL DHS</translation>
    </message>
    <message>
        <source>This template is used to assess the Department&apos;s Operational Use of Social Media, consistent with Management Directive 110-01.</source>
        <translation>Esta plantilla se utiliza para evaluar el uso operativo de las redes sociales por parte del Departamento, conforme a la Directiva de Gestión 110-01.</translation>
    </message>
    <message>
        <source>The DHS Privacy Office has created this template to determine privacy compliance with Management Directive 110-01, Privacy Policy for Operational Use of Social Media. For the purposes of the Management Directive and this template, &quot;Operational Use&quot; means authorized use of social media to collect personally identifiable information for the purpose of enhancing situational awareness, investigating an individual in a criminal, civil, or administrative context, making a benefit determination about a person, making a personnel determination about a Department employee, making a suitability determination about a prospective Department employee, or for any other official Department purpose that has the potential to affect the rights, privileges, or benefits of an individual. Operational use does not include the use of search engines for general Internet research, nor does it include the use of social media for professional development such as training and continuing education or for facilitating internal meetings.</source>
        <translation>La Oficina de Privacidad del DHS ha creado esta plantilla para determinar el cumplimiento en materia de privacidad de la Directiva de Gestión 110-01, Política de privacidad para el uso operativo de las redes sociales. A efectos de la Directiva de Gestión y de esta plantilla, se entiende por «uso operativo» el uso autorizado de las redes sociales para recopilar información de identificación personal con el fin de mejorar el conocimiento de la situación, investigar a una persona en un contexto penal, civil o administrativo, tomar una determinación de beneficios sobre una persona, tomar una determinación de personal sobre un empleado del Departamento, tomar una determinación de idoneidad sobre un posible empleado del Departamento, o con cualquier otro fin oficial del Departamento que pueda afectar a los derechos, privilegios o beneficios de una persona. El uso operativo no incluye el uso de motores de búsqueda para búsquedas generales en Internet, ni el uso de las redes sociales para el desarrollo profesional, como la capacitación y la formación continua, o para facilitar reuniones internas.</translation>
    </message>
    <message>
        <source>The following uses of social media are exempt from the Management Directive and are not subject to this requirement¹:</source>
        <translation>Los siguientes usos de las redes sociales están exentos de la Directiva de Gestión y no están sujetos a este requisito¹:</translation>
    </message>
    <message>
        <source>a) Communications and outreach with the public authorized by the Office of Public Affairs (covered by the existing PIAs: DHS/ALL/PIA-031 - Use of Social Networking Interactions and Applications Communications/Outreach/Public Dialogue and DHS/ALL/PIA-036 - Use of Unidirectional Social Media Applications);</source>
        <translation>a) Las comunicaciones y la difusión con el público autorizadas por la Oficina de Asuntos Públicos (cubiertas por las PIA existentes: DHS/ALL/PIA-031 - Uso de interacciones y aplicaciones de redes sociales para comunicaciones, difusión y diálogo con el público, y DHS/ALL/PIA-036 - Uso de aplicaciones de redes sociales unidireccionales);</translation>
    </message>
    <message>
        <source>b) The conduct of authorized intelligence activities carried out by the Office of Intelligence and Analysis, the intelligence and counterintelligence elements of the United States Coast Guard, or any other Component performing authorized foreign intelligence or counterintelligence functions, in accordance with the provisions of Executive Order 12333, as amended.</source>
        <translation>b) La realización de actividades de inteligencia autorizadas llevadas a cabo por la Oficina de Inteligencia y Análisis, los elementos de inteligencia y contrainteligencia de la Guardia Costera de los Estados Unidos o cualquier otro componente que desempeñe funciones autorizadas de inteligencia exterior o contrainteligencia, de conformidad con lo dispuesto en la Orden Ejecutiva 12333, en su versión modificada.</translation>
    </message>
    <message>
        <source>Use of search engines for general Internet research, professional development (training and continuing education), or internal meetings and administrative efficiencies is not operational use.</source>
        <translation>El uso de motores de búsqueda para búsquedas generales en Internet, el desarrollo profesional (capacitación y formación continua) o las reuniones internas y eficiencias administrativas no constituyen uso operativo.</translation>
    </message>
    <message>
        <source>Communications and outreach with the public authorized by the Office of Public Affairs (covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036)</source>
        <translation>Comunicaciones y difusión con el público autorizadas por la Oficina de Asuntos Públicos (cubiertas por DHS/ALL/PIA-031 y DHS/ALL/PIA-036)</translation>
    </message>
    <message>
        <source>Authorized intelligence or counterintelligence activities under Executive Order 12333 (governed by EO 12333 procedures)</source>
        <translation>Actividades autorizadas de inteligencia o contrainteligencia en virtud de la Orden Ejecutiva 12333 (regidas por los procedimientos de la OE 12333)</translation>
    </message>
    <message>
        <source>OPS gathering information to enhance situational awareness (covered by DHS/OPS/PIA-004(d))</source>
        <translation>Recopilación de información por la OPS para mejorar el conocimiento de la situación (cubierta por DHS/OPS/PIA-004(d))</translation>
    </message>
    <message>
        <source>Not operational use: general Internet research, professional development, or internal meetings and administrative efficiencies</source>
        <translation>No es uso operativo: búsquedas generales en Internet, desarrollo profesional, o reuniones internas y eficiencias administrativas</translation>
    </message>
    <message>
        <source>This template shall be used to document the process to be followed by all programs engaging in operational uses of social media; to identify information technology systems, technologies, rulemakings, programs, or pilot projects that involve PII and other activities that otherwise impact the privacy of individuals as determined by the Chief Privacy Officer; and to assess whether there is a need for additional Privacy Compliance Documentation. Components may appeal to the Deputy Secretary for Homeland Security if there is disagreement over the DHS Privacy Office determination of privacy compliance for the operational use of social media.</source>
        <translation>Esta plantilla se utilizará para documentar el proceso que deben seguir todos los programas que hagan un uso operativo de las redes sociales; para identificar los sistemas de tecnología de la información, tecnologías, procesos normativos, programas o proyectos piloto que impliquen PII y otras actividades que afecten de otro modo a la privacidad de las personas, según determine el Director de Privacidad; y para evaluar si se necesita documentación adicional de cumplimiento en materia de privacidad. Los componentes pueden apelar ante el Subsecretario de Seguridad Nacional si no están de acuerdo con la determinación de la Oficina de Privacidad del DHS sobre el cumplimiento en materia de privacidad del uso operativo de las redes sociales.</translation>
    </message>
    <message>
        <source>¹ Gathering information by the Office of Operations Coordination and Planning (OPS) to enhance situational awareness is exempt from this requirement and is covered by the existing PIA: DHS/OPS/PIA-004(d) - Publicly Available Social Media Monitoring and Situational Awareness Initiative Update.</source>
        <translation>¹ La recopilación de información por la Oficina de Coordinación y Planificación de Operaciones (OPS) para mejorar el conocimiento de la situación está exenta de este requisito y está cubierta por la PIA existente: DHS/OPS/PIA-004(d) - Actualización de la iniciativa de monitoreo de redes sociales disponibles públicamente y de conocimiento de la situación.</translation>
    </message>
    <message>
        <source>Please complete this form and send it to your Component Privacy Officer. Upon receipt, your Component Privacy Officer and the DHS Privacy Office will review this form and may request additional information.</source>
        <translation>Cumplimente este formulario y envíelo al Oficial de Privacidad de su componente. Una vez recibido, el Oficial de Privacidad de su componente y la Oficina de Privacidad del DHS revisarán este formulario y podrán solicitar información adicional.</translation>
    </message>
    <message>
        <source>² Counsel listed here must certify that appropriate authority exists to engage in particular operational activities involving social media.</source>
        <translation>² La asesoría jurídica aquí indicada debe certificar que existe la autoridad adecuada para llevar a cabo actividades operativas concretas que impliquen redes sociales.</translation>
    </message>
    <message>
        <source>1. Describe the category of use for collecting personally identifiable information from social media sources. Examples include: law enforcement intelligence, criminal investigations, background investigations, administrative investigations, professional responsibility investigations, benefit or employment determinations, or situational awareness. If use does not fit into one of these categories, please describe in full below. If your component has multiple categories of use, please submit separate template for each category.</source>
        <translation>1. Describa la categoría de uso para la recopilación de información de identificación personal procedente de fuentes de redes sociales. Algunos ejemplos son: inteligencia policial, investigaciones penales, investigaciones de antecedentes, investigaciones administrativas, investigaciones de responsabilidad profesional, determinaciones de beneficios o de empleo, o conocimiento de la situación. Si el uso no encaja en ninguna de estas categorías, descríbalo en su totalidad a continuación. Si su componente tiene varias categorías de uso, presente una plantilla distinta para cada categoría.</translation>
    </message>
    <message>
        <source>2. Based on the operational use of social media listed above, please provide the appropriate authorities.</source>
        <translation>2. Con base en el uso operativo de las redes sociales indicado anteriormente, indique las autoridades correspondientes.</translation>
    </message>
    <message>
        <source>a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use?</source>
        <translation>a) ¿Ha revisado la asesoría jurídica indicada anteriormente estas autoridades en cuanto a cuestiones de privacidad y ha determinado que permiten al Programa utilizar las redes sociales para el uso operativo indicado?</translation>
    </message>
    <message>
        <source>3. Is this use of social media in development or operational?</source>
        <translation>3. ¿Este uso de las redes sociales está en desarrollo o en funcionamiento?</translation>
    </message>
    <message>
        <source>4. Please attach a copy of the Rules of Behavior that outline the requirements below.</source>
        <translation>4. Adjunte una copia de las normas de conducta que establecen los requisitos siguientes.</translation>
    </message>
    <message>
        <source>5. Please describe the Rules of Behavior in effect for the listed operational use of social media. If users do NOT follow a particular Rule, please detail reasoning for not following that Rule:</source>
        <translation>5. Describa las normas de conducta vigentes para el uso operativo de las redes sociales indicado. Si los usuarios NO cumplen una norma concreta, explique detalladamente los motivos:</translation>
    </message>
    <message>
        <source>PII collection:</source>
        <translation>Recopilación de PII:</translation>
    </message>
    <message>
        <source>Use only government-issued equipment when engaging in the operational use of social media;</source>
        <translation>Utilizar únicamente equipos proporcionados por el gobierno para el uso operativo de las redes sociales;</translation>
    </message>
    <message>
        <source>Use online screen names or identities that indicate an official DHS affiliation and use DHS email addresses to open accounts used when engaging in social media in the performance of their duties;</source>
        <translation>Utilizar nombres de usuario o identidades en línea que indiquen una afiliación oficial con el DHS y utilizar direcciones de correo electrónico del DHS para abrir las cuentas que se usen en las redes sociales en el desempeño de sus funciones;</translation>
    </message>
    <message>
        <source>Access publicly available information through social media only by reviewing posted information without interacting with any individual who posted the information;</source>
        <translation>Acceder a la información disponible públicamente en las redes sociales únicamente revisando la información publicada, sin interactuar con ninguna persona que la haya publicado;</translation>
    </message>
    <message>
        <source>Respect individuals&apos; privacy settings and access only information that is publicly available;</source>
        <translation>Respetar la configuración de privacidad de las personas y acceder únicamente a la información disponible públicamente;</translation>
    </message>
    <message>
        <source>Collect the minimum PII necessary for the proper performance of their authorized duties except for systems subject to Final Rules for Exemption from certain aspects of the Privacy Act;</source>
        <translation>Recopilar la mínima PII necesaria para el debido desempeño de sus funciones autorizadas, salvo en los sistemas sujetos a normas finales de exención de determinados aspectos de la Ley de Privacidad;</translation>
    </message>
    <message>
        <source>Protect PII as required by the Privacy Act (if applicable) and DHS privacy policy;</source>
        <translation>Proteger la PII según lo exige la Ley de Privacidad (si corresponde) y la política de privacidad del DHS;</translation>
    </message>
    <message>
        <source>Document operational use of social media, including date, site(s) accessed, information collected and how it was used.</source>
        <translation>Documentar el uso operativo de las redes sociales, incluidos la fecha, los sitios consultados, la información recopilada y el uso que se le dio.</translation>
    </message>
    <message>
        <source>Users complete annual privacy training which has been approved by Component Privacy Officer (or Privacy Point of Contact) based upon training materials provided by the DHS Privacy Office. Training must include, at minimum: legal authorities, acceptable operational uses of social media, access requirements, and requirements for documenting operational uses of social media.</source>
        <translation>Los usuarios completan una capacitación anual en materia de privacidad aprobada por el Oficial de Privacidad del componente (o el punto de contacto de privacidad) a partir de los materiales de capacitación que proporciona la Oficina de Privacidad del DHS. La capacitación debe abarcar, como mínimo: las autoridades legales, los usos operativos aceptables de las redes sociales, los requisitos de acceso y los requisitos para documentar los usos operativos de las redes sociales.</translation>
    </message>
    <message>
        <source>Mechanisms are (or will be) in place to verify that users have completed training.</source>
        <translation>Existen (o existirán) mecanismos para verificar que los usuarios han completado la capacitación.</translation>
    </message>
    <message>
        <source>Yes, employees self-certify that they have read and understood their Component Rules of Behavior.</source>
        <translation>Sí, los empleados certifican por sí mismos que han leído y comprendido las normas de conducta de su componente.</translation>
    </message>
    <message>
        <source>Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance at privacy training that includes training on the Rules of Behavior.</source>
        <translation>Sí, los Oficiales de Privacidad de los componentes o los PPOC llevan un registro de la asistencia de los empleados a la capacitación en privacidad, que incluye capacitación sobre las normas de conducta.</translation>
    </message>
    <message>
        <source>Law enforcement intelligence</source>
        <translation>Inteligencia policial</translation>
    </message>
    <message>
        <source>Criminal investigations</source>
        <translation>Investigaciones penales</translation>
    </message>
    <message>
        <source>Background investigations</source>
        <translation>Investigaciones de antecedentes</translation>
    </message>
    <message>
        <source>Administrative investigations</source>
        <translation>Investigaciones administrativas</translation>
    </message>
    <message>
        <source>Professional responsibility investigations</source>
        <translation>Investigaciones de responsabilidad profesional</translation>
    </message>
    <message>
        <source>Administrative or benefit determinations (including fraud detection)</source>
        <translation>Determinaciones administrativas o de beneficios (incluida la detección de fraude)</translation>
    </message>
    <message>
        <source>Employment determinations</source>
        <translation>Determinaciones de empleo</translation>
    </message>
    <message>
        <source>Situational awareness</source>
        <translation>Conocimiento de la situación</translation>
    </message>
    <message>
        <source>Other (described below)</source>
        <translation>Otra (descrita a continuación)</translation>
    </message>
    <message>
        <source>Access modes: how do users reach social media for this use?</source>
        <translation>Modos de acceso: ¿cómo acceden los usuarios a las redes sociales para este uso?</translation>
    </message>
    <message>
        <source>Overt research</source>
        <translation>Investigación abierta</translation>
    </message>
    <message>
        <source>Overt monitoring</source>
        <translation>Monitoreo abierto</translation>
    </message>
    <message>
        <source>Overt engagement</source>
        <translation>Interacción abierta</translation>
    </message>
    <message>
        <source>Masked monitoring</source>
        <translation>Monitoreo con identidad oculta</translation>
    </message>
    <message>
        <source>Undercover engagement</source>
        <translation>Interacción encubierta</translation>
    </message>
    <message>
        <source>collecting information from social media without logging in or otherwise interacting with individuals through social media.</source>
        <translation>recopilar información de las redes sociales sin iniciar sesión ni interactuar de otro modo con personas a través de las redes sociales.</translation>
    </message>
    <message>
        <source>logging in with DHS-branded credentials or otherwise indicating an official agency presence, without engaging or interacting with individuals.</source>
        <translation>iniciar sesión con credenciales con la marca del DHS o indicar de otro modo una presencia oficial de la agencia, sin entablar contacto ni interactuar con personas.</translation>
    </message>
    <message>
        <source>logging in with DHS-branded credentials or otherwise indicating an official agency presence, and engaging or interacting with individuals.</source>
        <translation>iniciar sesión con credenciales con la marca del DHS o indicar de otro modo una presencia oficial de la agencia, y entablar contacto o interactuar con personas.</translation>
    </message>
    <message>
        <source>using identities or credentials that do not identify a DHS affiliation, without engaging or interacting with individuals.</source>
        <translation>utilizar identidades o credenciales que no revelan una afiliación con el DHS, sin entablar contacto ni interactuar con personas.</translation>
    </message>
    <message>
        <source>using identities or credentials that do not identify a DHS affiliation, to engage or interact with individuals.</source>
        <translation>utilizar identidades o credenciales que no revelan una afiliación con el DHS para entablar contacto o interactuar con personas.</translation>
    </message>
    <message>
        <source>approved by a first-line supervisor</source>
        <translation>aprobado por un supervisor de primer nivel</translation>
    </message>
    <message>
        <source>approved by a second-level supervisor</source>
        <translation>aprobado por un supervisor de segundo nivel</translation>
    </message>
    <message>
        <source>approved by an SES supervisor, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs</source>
        <translation>aprobado por un supervisor del SES, o por un supervisor de segundo nivel GS-15 en quien delegue la Oficina de Asuntos Internos</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>Open: awaiting the program office&apos;s answer</source>
        <translation>Abierta: pendiente de la respuesta de la oficina del programa</translation>
    </message>
    <message>
        <source>Answered: awaiting review</source>
        <translation>Respondida: pendiente de revisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>REQUESTS FOR ADDITIONAL INFORMATION</source>
        <translation>SOLICITUDES DE INFORMACIÓN ADICIONAL</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <source>Request %1 about %2</source>
        <translation>Solicitud %1 sobre %2</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Solicitada por:</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Answer by %1, %2:</source>
        <translation>Respuesta de %1, %2:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>(aún sin responder)</translation>
    </message>
    <message>
        <source>Closed by %1, %2</source>
        <translation>Cerrada por %1, %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>The choices here were withheld.</source>
        <translation>Las opciones de este apartado se retuvieron.</translation>
    </message>
    <message>
        <source>The categories of use were withheld.</source>
        <translation>Las categorías de uso se retuvieron.</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>Evaluación previa:</translation>
    </message>
</context>
<context>
    <name>smout::RequestChanges</name>
    <message>
        <source>asked</source>
        <translation>formulada</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulada</translation>
    </message>
    <message>
        <source>moved to another field</source>
        <translation>trasladada a otro campo</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>answer changed</source>
        <translation>respuesta modificada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reabierta</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
</context>
<context>
    <name>smout::RequestEdits</name>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Respuesta a %1</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Cierre de %1</translation>
    </message>
</context>
<context>
    <name>smout::ReviewWording</name>
    <message>
        <source>DHS SOCIAL MEDIA DOCUMENTATION</source>
        <translation>DOCUMENTACIÓN DE REDES SOCIALES DEL DHS</translation>
    </message>
    <message>
        <source>(To be Completed by the DHS Privacy Office)</source>
        <translation>(Debe cumplimentarlo la Oficina de Privacidad del DHS)</translation>
    </message>
    <message>
        <source>DATE reviewed by the DHS Privacy Office:</source>
        <translation>FECHA de revisión por la Oficina de Privacidad del DHS:</translation>
    </message>
    <message>
        <source>NAME of the DHS Privacy Office Reviewer:</source>
        <translation>NOMBRE del revisor de la Oficina de Privacidad del DHS:</translation>
    </message>
    <message>
        <source>DESIGNATION</source>
        <translation>DESIGNACIÓN</translation>
    </message>
    <message>
        <source>This program is covered by the following Privacy Impact Assessment and Privacy Act System of Records Notice:</source>
        <translation>Este programa está cubierto por la siguiente evaluación de impacto en la privacidad y el siguiente aviso de sistema de registros conforme a la Ley de Privacidad:</translation>
    </message>
    <message>
        <source>PIA:</source>
        <translation>PIA:</translation>
    </message>
    <message>
        <source>SORN:</source>
        <translation>SORN:</translation>
    </message>
    <message>
        <source>1. Category of Use:</source>
        <translation>1. Categoría de uso:</translation>
    </message>
    <message>
        <source>Law Enforcement Intelligence;</source>
        <translation>Inteligencia policial;</translation>
    </message>
    <message>
        <source>Criminal law enforcement investigations;</source>
        <translation>Investigaciones policiales de carácter penal;</translation>
    </message>
    <message>
        <source>Background investigations;</source>
        <translation>Investigaciones de antecedentes;</translation>
    </message>
    <message>
        <source>Professional responsibility investigations;</source>
        <translation>Investigaciones de responsabilidad profesional;</translation>
    </message>
    <message>
        <source>Administrative or benefit determinations (including fraud detection);</source>
        <translation>Determinaciones administrativas o de beneficios (incluida la detección de fraude);</translation>
    </message>
    <message>
        <source>Situational awareness; and</source>
        <translation>Conocimiento de la situación; y</translation>
    </message>
    <message>
        <source>Other.</source>
        <translation>Otra.</translation>
    </message>
    <message>
        <source>&lt;Please explain &quot;other&quot; category of use here.&gt;</source>
        <translation>&lt;Explique aquí la categoría de uso «otra».&gt;</translation>
    </message>
    <message>
        <source>2. (authorities analysis)</source>
        <translation>2. (análisis de las autoridades)</translation>
    </message>
    <message>
        <source>3. Rules of Behavior Content: (Check all items that apply.)</source>
        <translation>3. Contenido de las normas de conducta: (Marque todos los elementos que correspondan.)</translation>
    </message>
    <message>
        <source>a. Equipment.</source>
        <translation>a. Equipos.</translation>
    </message>
    <message>
        <source>b. Email and accounts.</source>
        <translation>b. Correo electrónico y cuentas.</translation>
    </message>
    <message>
        <source>c. Public interaction.</source>
        <translation>c. Interacción con el público.</translation>
    </message>
    <message>
        <source>d. Privacy settings.</source>
        <translation>d. Configuración de privacidad.</translation>
    </message>
    <message>
        <source>e. PII storage:</source>
        <translation>e. Almacenamiento de PII:</translation>
    </message>
    <message>
        <source>f. PII safeguards.</source>
        <translation>f. Protección de la PII.</translation>
    </message>
    <message>
        <source>g. Documentation.</source>
        <translation>g. Documentación.</translation>
    </message>
    <message>
        <source>h. Training.</source>
        <translation>h. Capacitación.</translation>
    </message>
    <message>
        <source>Users must use government-issued equipment. Equipment may be non-attributable and may not resolve back to DHS/US IP address.</source>
        <translation>Los usuarios deben utilizar equipos proporcionados por el gobierno. Los equipos pueden ser no atribuibles y pueden no resolverse en una dirección IP del DHS/de los EE. UU.</translation>
    </message>
    <message>
        <source>Users must use government-issued equipment. Equipment must resolve back to DHS/US IP address.</source>
        <translation>Los usuarios deben utilizar equipos proporcionados por el gobierno. Los equipos deben resolverse en una dirección IP del DHS/de los EE. UU.</translation>
    </message>
    <message>
        <source>Users do not have to use government email addresses or official DHS accounts online.</source>
        <translation>Los usuarios no tienen que utilizar direcciones de correo electrónico del gobierno ni cuentas oficiales del DHS en línea.</translation>
    </message>
    <message>
        <source>Users must use government email addresses or official DHS accounts online.</source>
        <translation>Los usuarios deben utilizar direcciones de correo electrónico del gobierno o cuentas oficiales del DHS en línea.</translation>
    </message>
    <message>
        <source>Users may interact with individuals online in relation to a specific law enforcement investigation.</source>
        <translation>Los usuarios pueden interactuar con personas en línea en relación con una investigación policial específica.</translation>
    </message>
    <message>
        <source>Users may NOT interact with individuals online.</source>
        <translation>Los usuarios NO pueden interactuar con personas en línea.</translation>
    </message>
    <message>
        <source>Users may disregard privacy settings.</source>
        <translation>Los usuarios pueden no tener en cuenta la configuración de privacidad.</translation>
    </message>
    <message>
        <source>Users must respect individual privacy settings.</source>
        <translation>Los usuarios deben respetar la configuración de privacidad de las personas.</translation>
    </message>
    <message>
        <source>PII is maintained in an exempted Privacy Act System of Records.</source>
        <translation>La PII se mantiene en un sistema de registros exento en virtud de la Ley de Privacidad.</translation>
    </message>
    <message>
        <source>PII is maintained in a Privacy Act Systems of Records.</source>
        <translation>La PII se mantiene en un sistema de registros sujeto a la Ley de Privacidad.</translation>
    </message>
    <message>
        <source>Please list applicable SORN here:</source>
        <translation>Indique aquí el SORN aplicable:</translation>
    </message>
    <message>
        <source>PII is protected as required by the Privacy Act and DHS privacy policy.</source>
        <translation>La PII se protege según lo exigen la Ley de Privacidad y la política de privacidad del DHS.</translation>
    </message>
    <message>
        <source>Only a minimal amount of PII is collected and safeguarded, consistent with DHS/OPS-004 – Publicly Available Social Media Monitoring and Situational Awareness Initiative.</source>
        <translation>Solo se recopila y protege una cantidad mínima de PII, conforme a DHS/OPS-004 – Iniciativa de monitoreo de redes sociales disponibles públicamente y conocimiento de la situación.</translation>
    </message>
    <message>
        <source>Users must appropriately document their use of social media, and collection of information from social media website.</source>
        <translation>Los usuarios deben documentar debidamente su uso de las redes sociales y la recopilación de información de sitios web de redes sociales.</translation>
    </message>
    <message>
        <source>Documentation is not expressly required.</source>
        <translation>No se exige expresamente documentación.</translation>
    </message>
    <message>
        <source>All users must complete annual privacy training that has been approved by Component Privacy Officer. Training includes:</source>
        <translation>Todos los usuarios deben completar una capacitación anual en materia de privacidad aprobada por el Oficial de Privacidad del componente. La capacitación incluye:</translation>
    </message>
    <message>
        <source>Legal authorities;</source>
        <translation>Autoridades legales;</translation>
    </message>
    <message>
        <source>Acceptable operational uses of social media;</source>
        <translation>Usos operativos aceptables de las redes sociales;</translation>
    </message>
    <message>
        <source>Access requirements;</source>
        <translation>Requisitos de acceso;</translation>
    </message>
    <message>
        <source>Applicable Rules of Behavior; and</source>
        <translation>Normas de conducta aplicables; y</translation>
    </message>
    <message>
        <source>Requirements for documenting operational uses of social media.</source>
        <translation>Requisitos para documentar los usos operativos de las redes sociales.</translation>
    </message>
    <message>
        <source>Mechanisms are (or will be) in place to verify that users have completed training.</source>
        <translation>Existen (o existirán) mecanismos para verificar que los usuarios han completado la capacitación.</translation>
    </message>
    <message>
        <source>Yes, employees self-certify that they have read and understood their Component Rules of Behavior.</source>
        <translation>Sí, los empleados certifican por sí mismos que han leído y comprendido las normas de conducta de su componente.</translation>
    </message>
    <message>
        <source>Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance at privacy training that includes training on the Rules of Behavior.</source>
        <translation>Sí, los Oficiales de Privacidad de los componentes o los PPOC llevan un registro de la asistencia de los empleados a la capacitación en privacidad, que incluye capacitación sobre las normas de conducta.</translation>
    </message>
    <message>
        <source>No, certification of training completion cannot be verified.</source>
        <translation>No, no se puede verificar la certificación de que se completó la capacitación.</translation>
    </message>
    <message>
        <source>DHS Privacy Office Determination</source>
        <translation>Determinación de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>Program has met requirements to use social media for the stated authorized operational purposes, and must continue compliance with the requirements above.</source>
        <translation>El programa ha cumplido los requisitos para utilizar las redes sociales con los fines operativos autorizados indicados, y debe seguir cumpliendo los requisitos anteriores.</translation>
    </message>
    <message>
        <source>Program has not yet met requirements to utilize social media for operational purposes.</source>
        <translation>El programa aún no ha cumplido los requisitos para utilizar las redes sociales con fines operativos.</translation>
    </message>
    <message>
        <source>Program authorities do not authorize operational use of social media.</source>
        <translation>Las autoridades del programa no autorizan el uso operativo de las redes sociales.</translation>
    </message>
    <message>
        <source>Rules of Behavior do not comply.</source>
        <translation>Las normas de conducta no son conformes.</translation>
    </message>
    <message>
        <source>Training required.</source>
        <translation>Se exige capacitación.</translation>
    </message>
    <message>
        <source>Additional Privacy compliance documentation is required:</source>
        <translation>Se exige documentación adicional de cumplimiento en materia de privacidad:</translation>
    </message>
    <message>
        <source>&lt;Please explain analysis.&gt;</source>
        <translation>&lt;Explique el análisis.&gt;</translation>
    </message>
    <message>
        <source>A PIA is required.</source>
        <translation>Se exige una PIA.</translation>
    </message>
    <message>
        <source>A SORN is required:</source>
        <translation>Se exige un SORN:</translation>
    </message>
    <message>
        <source>Covered by existing PIA.</source>
        <translation>Cubierto por una PIA existente.</translation>
    </message>
    <message>
        <source>Covered by existing SORN.</source>
        <translation>Cubierto por un SORN existente.</translation>
    </message>
    <message>
        <source>New.</source>
        <translation>Nuevo.</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>Actualizado.</translation>
    </message>
    <message>
        <source>&lt;Please include the name and number of PIA to be updated here.&gt;</source>
        <translation>&lt;Incluya aquí el nombre y el número de la PIA que se actualizará.&gt;</translation>
    </message>
    <message>
        <source>&lt;Please include the name and number of SORN to be updated here.&gt;</source>
        <translation>&lt;Incluya aquí el nombre y el número del SORN que se actualizará.&gt;</translation>
    </message>
    <message>
        <source>DHS PRIVACY OFFICE COMMENTS</source>
        <translation>COMENTARIOS DE LA OFICINA DE PRIVACIDAD DEL DHS</translation>
    </message>
</context>
<context>
    <name>smout::Roles</name>
    <message>
        <source>Program office</source>
        <translation>Oficina del programa</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Asesoría jurídica</translation>
    </message>
    <message>
        <source>DHS Privacy reviewer</source>
        <translation>Revisor de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>the program office</source>
        <translation>la oficina del programa</translation>
    </message>
    <message>
        <source>counsel</source>
        <translation>la asesoría jurídica</translation>
    </message>
    <message>
        <source>the DHS Privacy Office reviewer</source>
        <translation>el revisor de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>author</source>
        <comment>one word</comment>
        <translation>autor</translation>
    </message>
    <message>
        <source>counsel</source>
        <comment>one word</comment>
        <translation>asesoría jurídica</translation>
    </message>
    <message>
        <source>reviewer</source>
        <comment>one word</comment>
        <translation>revisor</translation>
    </message>
</context>
<context>
    <name>smout::RuleText</name>
    <message>
        <source>Answer Rule %1 (question 5): do users follow it, Yes or No?</source>
        <translation>Responda a la norma %1 (pregunta 5): ¿la cumplen los usuarios, Sí o No?</translation>
    </message>
    <message>
        <source>Rule %1 is answered No: explain in at least 12 words why users do not follow it (&quot;If users do NOT follow a particular Rule, please detail reasoning&quot;).</source>
        <translation>La norma %1 tiene la respuesta No: explique en al menos 12 palabras por qué los usuarios no la cumplen («Si los usuarios NO cumplen una norma concreta, explique detalladamente los motivos»).</translation>
    </message>
    <message>
        <source>Rule e) allows collecting more than the minimum PII only for systems under Final Rules for Exemption from the Privacy Act. List the exempted SORN(s) and cite the Final Rule or exemption (5 U.S.C. § 552a) in the explanation.</source>
        <translation>La norma e) permite recopilar más PII que el mínimo solo en los sistemas sujetos a normas finales de exención de la Ley de Privacidad. Indique los SORN exentos y cite en la explicación la norma final o la exención (5 U.S.C. § 552a).</translation>
    </message>
    <message>
        <source>Choose how training is verified: users self-certify, the Component Privacy Officer or PPOC keeps attendance records, or No (with an explanation).</source>
        <translation>Elija cómo se verifica la capacitación: los usuarios la autocertifican, el Oficial de Privacidad del componente o el PPOC lleva registros de asistencia, o No (con una explicación).</translation>
    </message>
    <message>
        <source>&quot;No&quot; mechanism is chosen together with a mechanism. Choose the mechanisms in place, or only &quot;No&quot;.</source>
        <translation>Se eligió «No» junto con un mecanismo. Elija los mecanismos existentes, o solo «No».</translation>
    </message>
    <message>
        <source>No mechanism verifies training: explain why in at least 12 words.</source>
        <translation>Ningún mecanismo verifica la capacitación: explique el motivo en al menos 12 palabras.</translation>
    </message>
    <message>
        <source>a supervisor in the Senior Executive Service, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs (undercover engagement)</source>
        <translation>un supervisor del Servicio Ejecutivo Superior (SES), o un supervisor de segundo nivel GS-15 en quien delegue la Oficina de Asuntos Internos (interacción encubierta)</translation>
    </message>
    <message>
        <source>a second-level supervisor or higher</source>
        <translation>un supervisor de segundo nivel o superior</translation>
    </message>
    <message>
        <source>a first-line supervisor (overt research)</source>
        <translation>un supervisor de primer nivel (investigación abierta)</translation>
    </message>
    <message>
        <source>Choose the category of use (question 1), e.g. criminal investigations or benefit determinations; choose &quot;other&quot; and describe it if none fits.</source>
        <translation>Elija la categoría de uso (pregunta 1), p. ej., investigaciones penales o determinaciones de beneficios; elija «otra» y descríbala si ninguna encaja.</translation>
    </message>
    <message>
        <source>More than one category is chosen. Question 1 asks for a separate template for each category of use.</source>
        <translation>Se eligió más de una categoría. La pregunta 1 pide una plantilla distinta para cada categoría de uso.</translation>
    </message>
    <message>
        <source>&quot;Other&quot; is chosen: describe the category of use in full (at least 12 words), as question 1 asks when the use fits none of the listed categories.</source>
        <translation>Se eligió «Otra»: describa la categoría de uso en su totalidad (al menos 12 palabras), como pide la pregunta 1 cuando el uso no encaja en ninguna de las categorías indicadas.</translation>
    </message>
    <message>
        <source>Describe the use (question 1): what PII is collected from social media, from whom, by whom, and for what purpose.</source>
        <translation>Describa el uso (pregunta 1): qué PII se recopila de las redes sociales, de quién, quién la recopila y con qué fin.</translation>
    </message>
    <message>
        <source>List the legal authorities for this operational use (question 2): statutes, regulations, executive orders or delegations.</source>
        <translation>Indique las autoridades legales de este uso operativo (pregunta 2): leyes, reglamentos, órdenes ejecutivas o delegaciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no recognisable citation. Cite the authority precisely (Pub. L., U.S.C., C.F.R., Stat., Executive Order, Delegation, Directive or Act) so counsel can certify it.</source>
        <translation>«%1» no tiene una cita reconocible. Cite la autoridad con precisión (Pub. L., U.S.C., C.F.R., Stat., Executive Order, Delegation, Directive o Act) para que la asesoría jurídica pueda certificarla.</translation>
    </message>
    <message>
        <source>Answer 2a: counsel must review the authorities for privacy issues and determine that they permit the use.</source>
        <translation>Responda a 2a: la asesoría jurídica debe revisar las autoridades en cuanto a cuestiones de privacidad y determinar que permiten el uso.</translation>
    </message>
    <message>
        <source>2a is answered No: the SMOUT cannot go forward until counsel has reviewed the authorities and determined that they permit the use.</source>
        <translation>2a tiene la respuesta No: el SMOUT no puede seguir adelante hasta que la asesoría jurídica haya revisado las autoridades y determinado que permiten el uso.</translation>
    </message>
    <message>
        <source>Say whether this use is in development or operational (question 3).</source>
        <translation>Indique si este uso está en desarrollo o en funcionamiento (pregunta 3).</translation>
    </message>
    <message>
        <source>The use is operational: give the date it was first launched, or explain in the note (at least 12 words) why the date is unknown.</source>
        <translation>El uso está en funcionamiento: indique la fecha de su primera puesta en marcha, o explique en la nota (al menos 12 palabras) por qué se desconoce.</translation>
    </message>
    <message>
        <source>The launch date %1 is in the future. For a use that has not started, choose &quot;In development&quot; and leave the date empty.</source>
        <translation>La fecha de puesta en marcha %1 es futura. Para un uso que aún no ha comenzado, elija «En desarrollo» y deje la fecha vacía.</translation>
    </message>
    <message>
        <source>The use is in development but has a launch date. Choose &quot;Operational&quot; if it has launched, or clear the date.</source>
        <translation>El uso está en desarrollo pero tiene fecha de puesta en marcha. Elija «En funcionamiento» si ya se puso en marcha, o borre la fecha.</translation>
    </message>
    <message>
        <source>The attached Rules of Behavior file &quot;%1&quot; cannot be found next to the SMOUT.</source>
        <translation>No se encuentra el archivo adjunto de las normas de conducta «%1» junto al SMOUT.</translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; does not match the SHA-256 recorded for it: the Rules of Behavior were changed or replaced. Re-attach the file to record its current fingerprint.</source>
        <translation>El archivo adjunto «%1» no coincide con el SHA-256 registrado: las normas de conducta se modificaron o se sustituyeron. Vuelva a adjuntar el archivo para registrar su huella actual.</translation>
    </message>
    <message>
        <source>The program is determined to have met the requirements, yet reasons for not meeting them are checked. Clear the reasons or change the determination.</source>
        <translation>Se determinó que el programa cumple los requisitos, pero hay marcados motivos de incumplimiento. Desmarque los motivos o cambie la determinación.</translation>
    </message>
    <message>
        <source>&quot;Rules of Behavior do not comply&quot; is checked: explain the analysis in at least 12 words.</source>
        <translation>Está marcado «Las normas de conducta no son conformes»: explique el análisis en al menos 12 palabras.</translation>
    </message>
    <message>
        <source>A %1 is required: say whether it is covered by an existing %1, a new one, or an update.</source>
        <translation>Se exige un %1: indique si está cubierto por un %1 existente, uno nuevo o una actualización.</translation>
    </message>
    <message>
        <source>Covered by an existing %1: list which.</source>
        <translation>Cubierto por un %1 existente: indique cuál.</translation>
    </message>
    <message>
        <source>An updated %1 is required: name the %1 to be updated.</source>
        <translation>Se exige un %1 actualizado: indique el %1 que se debe actualizar.</translation>
    </message>
    <message>
        <source>PIA</source>
        <translation>PIA</translation>
    </message>
    <message>
        <source>SORN</source>
        <translation>SORN</translation>
    </message>
    <message>
        <source>Re-review was due on %1 (three years after the review); it is overdue.</source>
        <translation>La nueva revisión vencía el %1 (tres años después de la revisión); está vencida.</translation>
    </message>
    <message>
        <source>Re-review is due on %1, three years after the review.</source>
        <translation>La nueva revisión vence el %1, tres años después de la revisión.</translation>
    </message>
    <message>
        <source>The use is exempt from MD 110-01</source>
        <translation>El uso está exento de la Directiva de Gestión 110-01</translation>
    </message>
    <message>
        <source>Component missing or unknown</source>
        <translation>Componente ausente o desconocido</translation>
    </message>
    <message>
        <source>No contact with a name and a phone or email</source>
        <translation>Ningún contacto con nombre y teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>No counsel contact</source>
        <translation>Ningún contacto de la asesoría jurídica</translation>
    </message>
    <message>
        <source>No IT system named</source>
        <translation>No se indica ningún sistema de TI</translation>
    </message>
    <message>
        <source>A PIA number is malformed</source>
        <translation>Un número de PIA tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>A SORN number is malformed</source>
        <translation>Un número de SORN tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>A SORN has no Federal Register citation</source>
        <translation>Un SORN no tiene cita del Registro Federal</translation>
    </message>
    <message>
        <source>No PIA listed</source>
        <translation>No se indica ninguna PIA</translation>
    </message>
    <message>
        <source>No SORN listed while PII is stored</source>
        <translation>No se indica ningún SORN aunque se almacena PII</translation>
    </message>
    <message>
        <source>No category of use</source>
        <translation>Ninguna categoría de uso</translation>
    </message>
    <message>
        <source>More than one category in one template</source>
        <translation>Más de una categoría en una plantilla</translation>
    </message>
    <message>
        <source>&quot;Other&quot; category not described</source>
        <translation>Categoría «Otra» sin describir</translation>
    </message>
    <message>
        <source>Description missing or short</source>
        <translation>Descripción ausente o breve</translation>
    </message>
    <message>
        <source>No authority listed</source>
        <translation>No se indica ninguna autoridad</translation>
    </message>
    <message>
        <source>An authority without a citation</source>
        <translation>Una autoridad sin cita</translation>
    </message>
    <message>
        <source>Counsel has not certified the authorities</source>
        <translation>La asesoría jurídica no ha certificado las autoridades</translation>
    </message>
    <message>
        <source>Status not chosen</source>
        <translation>Estado sin elegir</translation>
    </message>
    <message>
        <source>Operational without a launch date or note</source>
        <translation>En funcionamiento sin fecha de puesta en marcha ni nota</translation>
    </message>
    <message>
        <source>Launch date implausible</source>
        <translation>Fecha de puesta en marcha inverosímil</translation>
    </message>
    <message>
        <source>Rules of Behavior not attached</source>
        <translation>Normas de conducta sin adjuntar</translation>
    </message>
    <message>
        <source>Attached Rules of Behavior changed</source>
        <translation>Las normas de conducta adjuntas cambiaron</translation>
    </message>
    <message>
        <source>A Rule of Behavior is unanswered</source>
        <translation>Una norma de conducta sin responder</translation>
    </message>
    <message>
        <source>A Rule answered No without reasoning</source>
        <translation>Una norma con la respuesta No sin motivos</translation>
    </message>
    <message>
        <source>PII beyond the minimum without a Privacy Act exemption</source>
        <translation>PII por encima del mínimo sin exención de la Ley de Privacidad</translation>
    </message>
    <message>
        <source>PII not safeguarded</source>
        <translation>PII sin proteger</translation>
    </message>
    <message>
        <source>No annual privacy training</source>
        <translation>Sin capacitación anual en materia de privacidad</translation>
    </message>
    <message>
        <source>Training verification unclear</source>
        <translation>Verificación de la capacitación poco clara</translation>
    </message>
    <message>
        <source>No access mode chosen</source>
        <translation>Ningún modo de acceso elegido</translation>
    </message>
    <message>
        <source>Access modes contradict question 5</source>
        <translation>Los modos de acceso contradicen la pregunta 5</translation>
    </message>
    <message>
        <source>Who approves users&apos; access</source>
        <translation>Quién aprueba el acceso de los usuarios</translation>
    </message>
    <message>
        <source>Reviewer or review date missing or wrong</source>
        <translation>Revisor o fecha de revisión ausentes o incorrectos</translation>
    </message>
    <message>
        <source>Determination and reasons disagree</source>
        <translation>La determinación y los motivos no concuerdan</translation>
    </message>
    <message>
        <source>Non-compliant Rules of Behavior without analysis</source>
        <translation>Normas de conducta no conformes sin análisis</translation>
    </message>
    <message>
        <source>Required PIA/SORN coverage incomplete</source>
        <translation>Cobertura de PIA/SORN exigida incompleta</translation>
    </message>
    <message>
        <source>Met while the program&apos;s answers hold errors</source>
        <translation>Cumple, pero las respuestas del programa contienen errores</translation>
    </message>
    <message>
        <source>Reviewer&apos;s choice contradicts the program&apos;s answer</source>
        <translation>La opción del revisor contradice la respuesta del programa</translation>
    </message>
    <message>
        <source>When re-review is due</source>
        <translation>Cuándo vence la nueva revisión</translation>
    </message>
    <message>
        <source>a) Equipment</source>
        <translation>a) Equipos</translation>
    </message>
    <message>
        <source>b) Email and accounts</source>
        <translation>b) Correo electrónico y cuentas</translation>
    </message>
    <message>
        <source>c) Public interaction</source>
        <translation>c) Interacción con el público</translation>
    </message>
    <message>
        <source>d) Privacy settings</source>
        <translation>d) Configuración de privacidad</translation>
    </message>
    <message>
        <source>e) PII collection</source>
        <translation>e) Recopilación de PII</translation>
    </message>
    <message>
        <source>f) PII safeguards</source>
        <translation>f) Protección de la PII</translation>
    </message>
    <message>
        <source>g) Documentation</source>
        <translation>g) Documentación</translation>
    </message>
    <message>
        <source>h) Training</source>
        <translation>h) Capacitación</translation>
    </message>
    <message>
        <source>Exempt from MD 110-01: communications and outreach with the public authorized by the Office of Public Affairs. No SMOUT is required for this use; it is covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036.</source>
        <translation>Exento de la Directiva de Gestión 110-01: comunicaciones y difusión con el público autorizadas por la Oficina de Asuntos Públicos. Este uso no requiere un SMOUT; está cubierto por DHS/ALL/PIA-031 y DHS/ALL/PIA-036.</translation>
    </message>
    <message>
        <source>Exempt from MD 110-01: authorized intelligence or counterintelligence activities under Executive Order 12333. No SMOUT is required for this use; it is governed by the EO 12333 procedures.</source>
        <translation>Exento de la Directiva de Gestión 110-01: actividades autorizadas de inteligencia o contrainteligencia en virtud de la Orden Ejecutiva 12333. Este uso no requiere un SMOUT; se rige por los procedimientos de la OE 12333.</translation>
    </message>
    <message>
        <source>Exempt from MD 110-01: OPS gathering information to enhance situational awareness. No SMOUT is required for this use; it is covered by DHS/OPS/PIA-004(d).</source>
        <translation>Exento de la Directiva de Gestión 110-01: recopilación de información por la OPS para mejorar el conocimiento de la situación. Este uso no requiere un SMOUT; está cubierto por DHS/OPS/PIA-004(d).</translation>
    </message>
    <message>
        <source>Not an operational use under MD 110-01 (general Internet research, professional development, or internal meetings and administrative efficiencies). No SMOUT is required for this use.</source>
        <translation>No es un uso operativo según la Directiva de Gestión 110-01 (búsquedas generales en Internet, desarrollo profesional, o reuniones internas y eficiencias administrativas). Este uso no requiere un SMOUT.</translation>
    </message>
    <message>
        <source>Name the component that uses social media (SUMMARY INFORMATION, &quot;Name of Component&quot;), e.g. CBP, ICE or USCIS.</source>
        <translation>Indique el componente que utiliza las redes sociales (INFORMACIÓN GENERAL, «Nombre del componente»), p. ej., CBP, ICE o USCIS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DHS component code. Choose one of the components the template lists, e.g. CBP, ICE, USCIS or a headquarters office.</source>
        <translation>«%1» no es un código de componente del DHS. Elija uno de los componentes que indica la plantilla, p. ej., CBP, ICE, USCIS o una oficina de la sede central.</translation>
    </message>
    <message>
        <source>Give at least one program contact with a name and a phone number or email address (SUMMARY INFORMATION, &quot;Contact Information&quot;), so the Privacy Office can reach the program.</source>
        <translation>Indique al menos un contacto del programa con nombre y número de teléfono o dirección de correo electrónico (INFORMACIÓN GENERAL, «Información de contacto»), para que la Oficina de Privacidad pueda comunicarse con el programa.</translation>
    </message>
    <message>
        <source>Name the counsel for this use (&quot;Counsel Contact Information&quot;): counsel must certify that appropriate authority exists for the operational use.</source>
        <translation>Indique la asesoría jurídica de este uso («Información de contacto de la asesoría jurídica»): debe certificar que existe la autoridad adecuada para el uso operativo.</translation>
    </message>
    <message>
        <source>Name the IT system(s) where the social media data is stored (SUMMARY INFORMATION).</source>
        <translation>Indique los sistemas de TI donde se almacenan los datos de las redes sociales (INFORMACIÓN GENERAL).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SORN number. Write it as the SORN is published, e.g. DHS/ALL-020, DHS/ICE-009 or DHS/USCIS-ICE-CBP-001.</source>
        <translation>«%1» no es un número de SORN. Escríbalo tal como se publicó el SORN, p. ej., DHS/ALL-020, DHS/ICE-009 o DHS/USCIS-ICE-CBP-001.</translation>
    </message>
    <message>
        <source>No Privacy Impact Assessment is listed. List the PIA(s) that cover this use; if there is none, the DHS Privacy Office will decide whether one is required.</source>
        <translation>No se indica ninguna evaluación de impacto en la privacidad. Indique las PIA que cubren este uso; si no hay ninguna, la Oficina de Privacidad del DHS decidirá si se exige una.</translation>
    </message>
    <message>
        <source>PII from social media is stored in an IT system but no System of Records Notice is listed. List the SORN(s) that cover those records.</source>
        <translation>La PII de las redes sociales se almacena en un sistema de TI, pero no se indica ningún aviso de sistema de registros. Indique los SORN que cubren esos registros.</translation>
    </message>
    <message>
        <source>The date submitted for review (%1) is in the future. Enter the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation>La fecha de presentación para revisión (%1) es futura. Introduzca la fecha en que se envía el SMOUT al Oficial de Privacidad del componente.</translation>
    </message>
    <message>
        <source>Rule f) is answered No: the Privacy Office rarely accepts PII that is not protected as the Privacy Act and DHS privacy policy require. Protect it so and answer Yes, or detail in Rule f)&apos;s reasoning how the PII is protected instead.</source>
        <translation>La norma f) tiene la respuesta No: la Oficina de Privacidad rara vez acepta PII que no esté protegida según lo exigen la Ley de Privacidad y la política de privacidad del DHS. Protéjala de ese modo y responda Sí, o explique detalladamente en los motivos de la norma f) cómo se protege la PII en su lugar.</translation>
    </message>
    <message>
        <source>Rule h) is answered No: expect the determination &quot;Training required&quot; until users complete annual privacy training. Say in Rule h)&apos;s reasoning when the training will be in place.</source>
        <translation>La norma h) tiene la respuesta No: prevea la determinación «Se exige capacitación» hasta que los usuarios completen la capacitación anual en materia de privacidad. Indique en los motivos de la norma h) cuándo estará implantada la capacitación.</translation>
    </message>
    <message>
        <source>Choose how users reach social media (Access modes: overt research, overt monitoring, overt engagement, masked monitoring, undercover engagement). CBP&apos;s Standard Operating Procedure for Access to Operational Use of Social Media sets who approves each user&apos;s access by these modes.</source>
        <translation>Elija cómo acceden los usuarios a las redes sociales (Modos de acceso: investigación abierta, monitoreo abierto, interacción abierta, monitoreo con identidad oculta, interacción encubierta). El Procedimiento Operativo Estándar para el Acceso al Uso Operativo de las Redes Sociales del Servicio de Aduanas y Protección Fronteriza (CBP) establece quién aprueba el acceso de cada usuario según estos modos.</translation>
    </message>
    <message>
        <source>Rule b) is answered Yes (users identify as DHS), but masked monitoring or undercover engagement hides that affiliation. Correct the answer to Rule b) or the access modes.</source>
        <translation>La norma b) tiene la respuesta Sí (los usuarios se identifican como DHS), pero el monitoreo con identidad oculta o la interacción encubierta ocultan esa afiliación. Corrija la respuesta a la norma b) o los modos de acceso.</translation>
    </message>
    <message>
        <source>Rule b) is answered No, but every access mode chosen logs in with DHS-branded credentials (overt monitoring or overt engagement). Correct the answer to Rule b) or the access modes.</source>
        <translation>La norma b) tiene la respuesta No, pero todos los modos de acceso elegidos inician sesión con credenciales con la marca del DHS (monitoreo abierto o interacción abierta). Corrija la respuesta a la norma b) o los modos de acceso.</translation>
    </message>
    <message>
        <source>Rule c) is answered Yes (users never interact), but an engagement access mode is chosen. Correct the answer to Rule c) or the access modes.</source>
        <translation>La norma c) tiene la respuesta Sí (los usuarios nunca interactúan), pero se eligió un modo de acceso de interacción. Corrija la respuesta a la norma c) o los modos de acceso.</translation>
    </message>
    <message>
        <source>Rule c) is answered No (users interact), but no engagement access mode is chosen. Correct the answer to Rule c) or the access modes.</source>
        <translation>La norma c) tiene la respuesta No (los usuarios interactúan), pero no se eligió ningún modo de acceso de interacción. Corrija la respuesta a la norma c) o los modos de acceso.</translation>
    </message>
    <message>
        <source>Under CBP&apos;s Standard Operating Procedure for Access to Operational Use of Social Media, each user&apos;s access must be approved by %1.</source>
        <translation>Según el Procedimiento Operativo Estándar para el Acceso al Uso Operativo de las Redes Sociales del Servicio de Aduanas y Protección Fronteriza (CBP), el acceso de cada usuario debe aprobarlo %1.</translation>
    </message>
    <message>
        <source>On CBP&apos;s scale (its Standard Operating Procedure for Access to Operational Use of Social Media), these modes would need approval by %1. For this component its own access procedure governs.</source>
        <translation>Según la escala del Servicio de Aduanas y Protección Fronteriza (CBP) (su Procedimiento Operativo Estándar para el Acceso al Uso Operativo de las Redes Sociales), estos modos necesitarían la aprobación de %1. Para este componente rige su propio procedimiento de acceso.</translation>
    </message>
    <message numerus="yes">
        <source>The description has %n word(s). The Privacy Office usually needs at least 60 to understand what is collected, from whom and why: describe the use more fully in question 1.</source>
        <translation>
            <numerusform>La descripción tiene %n palabra. La Oficina de Privacidad suele necesitar al menos 60 para entender qué se recopila, de quién y por qué: describa el uso con más detalle en la pregunta 1.</numerusform>
            <numerusform>La descripción tiene %n palabras. La Oficina de Privacidad suele necesitar al menos 60 para entender qué se recopila, de quién y por qué: describa el uso con más detalle en la pregunta 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The launch date is not a real date. Enter the date the use was first launched.</source>
        <translation>La fecha de puesta en marcha no es una fecha real. Indique la fecha de la primera puesta en marcha del uso.</translation>
    </message>
    <message>
        <source>Question 4 asks for a copy of the Rules of Behavior: attach the file, or at least give the title of the document that holds them.</source>
        <translation>La pregunta 4 pide una copia de las normas de conducta: adjunte el archivo o, al menos, indique el título del documento que las contiene.</translation>
    </message>
    <message>
        <source>A release copy is refused while this marking cannot be applied: %1</source>
        <translation>Se rechaza la copia para divulgación mientras no se pueda aplicar esta marca: %1</translation>
    </message>
    <message>
        <source>A determination is recorded: give the NAME of the DHS Privacy Office Reviewer.</source>
        <translation>Hay una determinación registrada: indique el NOMBRE del revisor de la Oficina de Privacidad del DHS.</translation>
    </message>
    <message>
        <source>A determination is recorded: give the DATE reviewed by the DHS Privacy Office.</source>
        <translation>Hay una determinación registrada: indique la FECHA de revisión por la Oficina de Privacidad del DHS.</translation>
    </message>
    <message>
        <source>The DATE reviewed (%1) is before the date the SMOUT was submitted for review (%2). Correct either date.</source>
        <translation>La FECHA de revisión (%1) es anterior a la fecha en que se presentó el SMOUT para revisión (%2). Corrija una de las dos fechas.</translation>
    </message>
    <message>
        <source>The DATE reviewed (%1) is in the future. Enter the date the DHS Privacy Office reviewed the SMOUT.</source>
        <translation>La FECHA de revisión (%1) está en el futuro. Indique la fecha en que la Oficina de Privacidad del DHS revisó el SMOUT.</translation>
    </message>
    <message>
        <source>adds %1 and drops %2</source>
        <translation>agrega %1 y quita %2</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>agrega %1</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>quita %1</translation>
    </message>
    <message>
        <source>The reviewer&apos;s 1. Category of Use %1 compared with the program&apos;s question 1. Confirm the category with the program, and say why in DHS PRIVACY OFFICE COMMENTS if it stands.</source>
        <translation>Con respecto a la pregunta 1 del programa, la «1. Categoría de uso» del revisor %1. Confirme la categoría con el programa y, si se mantiene, explique el motivo en COMENTARIOS DE LA OFICINA DE PRIVACIDAD DEL DHS.</translation>
    </message>
    <message>
        <source>&quot;Other.&quot; is checked under 1. Category of Use: explain the &quot;other&quot; category of use in at least 12 words.</source>
        <translation>Está marcado «Otra.» en «1. Categoría de uso»: explique la categoría de uso «otra» en al menos 12 palabras.</translation>
    </message>
    <message>
        <source>The program has not yet met the requirements: check why (program authorities do not authorize the use, Rules of Behavior do not comply, training required, or additional Privacy compliance documentation is required).</source>
        <translation>El programa aún no ha cumplido los requisitos: marque el motivo (las autoridades del programa no autorizan el uso, las normas de conducta no son conformes, se exige capacitación o se exige documentación adicional de cumplimiento en materia de privacidad).</translation>
    </message>
    <message>
        <source>A new or updated %1 is required, yet the program is determined to have met the requirements. Choose &quot;Program has not yet met requirements&quot; with the reason &quot;Additional Privacy compliance documentation is required&quot;, or mark the %1 as covered by an existing one.</source>
        <translation>Se exige un %1 nuevo o actualizado, pero se ha determinado que el programa cumplió los requisitos. Elija «El programa aún no ha cumplido los requisitos» con el motivo «Se exige documentación adicional de cumplimiento en materia de privacidad», o marque el %1 como cubierto por uno existente.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <source>Requirements are determined met while the program&apos;s sections still hold %n error(s) (%1). Have the program correct them, or choose &quot;Program has not yet met requirements&quot;; if the determination stands, say why in DHS PRIVACY OFFICE COMMENTS.</source>
        <translation>
            <numerusform>Se ha determinado que se cumplen los requisitos mientras las secciones del programa aún contienen %n error (%1). Pida al programa que lo corrija, o elija «El programa aún no ha cumplido los requisitos»; si la determinación se mantiene, explique el motivo en COMENTARIOS DE LA OFICINA DE PRIVACIDAD DEL DHS.</numerusform>
            <numerusform>Se ha determinado que se cumplen los requisitos mientras las secciones del programa aún contienen %n errores (%1). Pida al programa que los corrija, o elija «El programa aún no ha cumplido los requisitos»; si la determinación se mantiene, explique el motivo en COMENTARIOS DE LA OFICINA DE PRIVACIDAD DEL DHS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements are determined met while Rule h) (training) is answered No. Consider &quot;Program has not yet met requirements&quot; with the reason &quot;Training required.&quot;</source>
        <translation>Se ha determinado que se cumplen los requisitos mientras la norma h) (capacitación) tiene la respuesta No. Considere «El programa aún no ha cumplido los requisitos» con el motivo «Se exige capacitación.»</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The program answered Rule %1 %2, but the reviewer chose &quot;%3&quot; under Rules of Behavior Content. Check the answer with the program, or correct the choice.</source>
        <translation>El programa respondió %2 a la norma %1, pero el revisor eligió «%3» en «Contenido de las normas de conducta». Verifique la respuesta con el programa o corrija la elección.</translation>
    </message>
    <message>
        <source>The program answered Rule %1 Yes, but the reviewer left &quot;%2&quot; unchecked under Rules of Behavior Content. Check the answer with the program, or check the item.</source>
        <translation>El programa respondió Sí a la norma %1, pero el revisor dejó sin marcar «%2» en «Contenido de las normas de conducta». Verifique la respuesta con el programa o marque el elemento.</translation>
    </message>
    <message>
        <source>Training is required, but the training does not include every minimum topic of Rule h): %1 is unchecked. Check each topic the training covers, and have the program add the missing ones.</source>
        <translation>Se exige capacitación, pero esta no incluye todos los temas mínimos de la norma h): %1 no está marcado. Marque cada tema que cubre la capacitación y pida al programa que agregue los que faltan.</translation>
    </message>
    <message>
        <source>Exemption claimed by a component it does not belong to</source>
        <translation>Exención invocada por un componente al que no corresponde</translation>
    </message>
    <message>
        <source>Only PIAs of exempt uses are listed</source>
        <translation>Solo se indican PIA de usos exentos</translation>
    </message>
    <message>
        <source>Date submitted missing, not a date, or in the future</source>
        <translation>Fecha de presentación ausente, no válida o en el futuro</translation>
    </message>
    <message>
        <source>Reviewer&apos;s category differs from question 1</source>
        <translation>La categoría del revisor difiere de la pregunta 1</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &quot;other&quot; category not explained</source>
        <translation>No se explica la categoría «otra» del revisor</translation>
    </message>
    <message>
        <source>Met while a new or updated PIA/SORN is required</source>
        <translation>Cumplido aunque se exige una PIA o un SORN nuevos o actualizados</translation>
    </message>
    <message>
        <source>Required training misses a minimum topic</source>
        <translation>A la capacitación exigida le falta un tema mínimo</translation>
    </message>
    <message>
        <source>A release marking no longer fits its value</source>
        <translation>Una marca de divulgación ya no corresponde a su valor</translation>
    </message>
    <message>
        <source>no component is named</source>
        <translation>no se indica ningún componente</translation>
    </message>
    <message>
        <source>The situational-awareness exemption belongs to the Office of Operations Coordination (OPS) only, and the Name of Component is not OPS (%1). Clear this exemption and complete the template, or choose OPS as the component if OPS runs the use.</source>
        <translation>La exención por conocimiento de la situación corresponde únicamente a la Oficina de Coordinación de Operaciones (OPS), y el Nombre del componente no es OPS (%1). Anule esta exención y complete la plantilla, o elija OPS como componente si es la OPS quien lleva a cabo el uso.</translation>
    </message>
    <message>
        <source>The EO 12333 exemption covers the intelligence activities of I&amp;A and the Coast Guard; another component (%1) qualifies only when this use is an authorized foreign intelligence or counterintelligence function. If it is not, clear this exemption and complete the template.</source>
        <translation>La exención de la OE 12333 abarca las actividades de inteligencia de la I&amp;A y de la Guardia Costera; otro componente (%1) solo reúne los requisitos cuando este uso es una función autorizada de inteligencia exterior o de contrainteligencia. Si no lo es, anule esta exención y complete la plantilla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not read as a PIA number. Write it as the PIA is published, e.g. DHS/CBP/PIA-044, DHS/USCIS/PIA-013-01 or DHS/OPS/PIA-004(d).</source>
        <translation>«%1» no parece un número de PIA. Escríbalo tal como se publicó la PIA, p. ej., DHS/CBP/PIA-044, DHS/USCIS/PIA-013-01 o DHS/OPS/PIA-004(d).</translation>
    </message>
    <message>
        <source>Every PIA listed covers a use that is exempt from MD 110-01 (public affairs outreach: DHS/ALL/PIA-031, DHS/ALL/PIA-036; OPS situational awareness: DHS/OPS/PIA-004), not this operational use. List the PIA that covers the program&apos;s own system, or leave the list empty for the DHS Privacy Office to decide whether one is required.</source>
        <translation>Todas las PIA indicadas cubren un uso exento de la Directiva de Gestión 110-01 (difusión de asuntos públicos: DHS/ALL/PIA-031, DHS/ALL/PIA-036; conocimiento de la situación de la OPS: DHS/OPS/PIA-004), no este uso operativo. Indique la PIA que cubre el propio sistema del programa, o deje la lista vacía para que la Oficina de Privacidad del DHS decida si se exige una.</translation>
    </message>
    <message>
        <source>SORN %1 has no Federal Register citation. The form does not ask for one; giving it in the SORN&apos;s Federal Register column (e.g. 79 FR 23361) saves the reviewer looking up its current version.</source>
        <translation>El SORN %1 no tiene cita del Registro Federal. El formulario no la pide; indicarla en la columna Registro Federal del SORN (p. ej., 79 FR 23361) evita que el revisor tenga que buscar su versión vigente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not read as a Federal Register citation; write it as volume, FR, page, e.g. 79 FR 23361.</source>
        <translation>«%1» no parece una cita del Registro Federal; escríbala como volumen, FR, página, p. ej., 79 FR 23361.</translation>
    </message>
    <message>
        <source>Give the &quot;Date submitted for review&quot; (SUMMARY INFORMATION): the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation>Indique la «Fecha de presentación para revisión» (INFORMACIÓN GENERAL): la fecha en que se envía el SMOUT al Oficial de Privacidad del componente.</translation>
    </message>
    <message>
        <source>The &quot;Date submitted for review&quot; is not a real date. Enter the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation>La «Fecha de presentación para revisión» no es una fecha real. Indique la fecha en que se envía el SMOUT al Oficial de Privacidad del componente.</translation>
    </message>
    <message>
        <source>Answer request %1 about the whole document.</source>
        <translation>Responda a la solicitud %1 sobre todo el documento.</translation>
    </message>
    <message>
        <source>Answer request %1 about %2.</source>
        <translation>Responda a la solicitud %1 sobre %2.</translation>
    </message>
    <message>
        <source>Request %1 is about &quot;%2&quot;, which is not a field of this document.</source>
        <translation>La solicitud %1 se refiere a «%2», que no es un campo de este documento.</translation>
    </message>
    <message>
        <source>A request for additional information is not answered or not closed</source>
        <translation>Una solicitud de información adicional no está respondida o no está cerrada</translation>
    </message>
    <message>
        <source>A request names a field the document does not have</source>
        <translation>Una solicitud indica un campo que el documento no tiene</translation>
    </message>
    <message numerus="yes">
        <source>The program is determined to have met the requirements while %n request(s) (%1) are not closed. Close them first, or change the determination.</source>
        <translation>
            <numerusform>Se ha determinado que el programa cumple los requisitos, pero %n solicitud (%1) no está cerrada. Ciérrela primero o cambie la determinación.</numerusform>
            <numerusform>Se ha determinado que el programa cumple los requisitos, pero %n solicitudes (%1) no están cerradas. Ciérrelas primero o cambie la determinación.</numerusform>
        </translation>
    </message>
    <message>
        <source>this passage was withheld in the copy imported; fill it from the office&apos;s own record</source>
        <translation>este fragmento se retuvo en la copia importada; complételo a partir del registro de la propia oficina</translation>
    </message>
    <message>
        <source>A passage withheld in the imported copy</source>
        <translation>Un fragmento retenido en la copia importada</translation>
    </message>
</context>
<context>
    <name>smout::SectionTitles</name>
    <message>
        <source>Screening</source>
        <translation>Evaluación previa</translation>
    </message>
    <message>
        <source>Summary Information</source>
        <translation>Información general</translation>
    </message>
    <message>
        <source>1. Category of use</source>
        <translation>1. Categoría de uso</translation>
    </message>
    <message>
        <source>2. Authorities</source>
        <translation>2. Autoridades</translation>
    </message>
    <message>
        <source>3. In development or operational</source>
        <translation>3. En desarrollo o en funcionamiento</translation>
    </message>
    <message>
        <source>4. Rules of Behavior attached</source>
        <translation>4. Normas de conducta adjuntas</translation>
    </message>
    <message>
        <source>5. Rules of Behavior in effect</source>
        <translation>5. Normas de conducta vigentes</translation>
    </message>
    <message>
        <source>Training verification</source>
        <translation>Verificación de la capacitación</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>Modos de acceso</translation>
    </message>
    <message>
        <source>DHS Privacy Office review</source>
        <translation>Revisión de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Tachaduras</translation>
    </message>
    <message>
        <source>Signatures &amp; export</source>
        <translation>Firmas y exportación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>smout::cli::AccessCommand</name>
    <message>
        <source>CBP access requests decided from the inventory: add, decide, approve, list</source>
        <translation>solicitudes de acceso del CBP resueltas a partir del inventario: add, decide, approve, list</translation>
    </message>
    <message>
        <source>the inventory: a SQLite file or postgresql://user@host:port/dbname</source>
        <translation>el inventario: un archivo SQLite o postgresql://usuario@servidor:puerto/nombrebd</translation>
    </message>
    <message>
        <source>add: the employee&apos;s name</source>
        <translation>add: nombre del empleado</translation>
    </message>
    <message>
        <source>add: the employee&apos;s office</source>
        <translation>add: oficina del empleado</translation>
    </message>
    <message>
        <source>add: the employee&apos;s phone</source>
        <translation>add: teléfono del empleado</translation>
    </message>
    <message>
        <source>add: the employee&apos;s e-mail</source>
        <translation>add: correo electrónico del empleado</translation>
    </message>
    <message>
        <source>add: the supervisor&apos;s name</source>
        <translation>add: nombre del supervisor</translation>
    </message>
    <message>
        <source>add, list: overt_research, overt_monitoring, overt_engagement, masked_monitoring, undercover_engagement</source>
        <translation>add, list: overt_research, overt_monitoring, overt_engagement, masked_monitoring, undercover_engagement</translation>
    </message>
    <message>
        <source>add, list: the inventory id of the SMOUT the use relies on</source>
        <translation>add, list: el identificador en el inventario del SMOUT en el que se basa el uso</translation>
    </message>
    <message>
        <source>add: the business justification</source>
        <translation>add: la justificación de la necesidad del acceso</translation>
    </message>
    <message>
        <source>add: when the mandatory training was completed (YYYY-MM-DD)</source>
        <translation>add: fecha en que se completó la capacitación obligatoria (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>add: whether signed Rules of Behavior were provided (yes or no)</source>
        <translation>add: si se entregaron las normas de conducta firmadas (yes o no)</translation>
    </message>
    <message>
        <source>approve: first_line, second_level or ses_or_delegated_gs15</source>
        <translation>approve: first_line, second_level o ses_or_delegated_gs15</translation>
    </message>
    <message>
        <source>list: approved, additional_information or disapproved</source>
        <translation>list: approved, additional_information o disapproved</translation>
    </message>
    <message>
        <source>the date to decide on (default: today)</source>
        <translation>la fecha para la que se resuelve (predeterminada: hoy)</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>add, decide, approve or list</source>
        <translation>add, decide, approve o list</translation>
    </message>
    <message>
        <source>the request id (decide, approve)</source>
        <translation>el identificador de la solicitud (decide, approve)</translation>
    </message>
    <message>
        <source>smout access: unknown action &apos;%1&apos; (add, decide, approve or list)</source>
        <translation>smout access: acción desconocida &apos;%1&apos; (add, decide, approve o list)</translation>
    </message>
    <message>
        <source>smout access: unknown access mode &apos;%1&apos; (%2)</source>
        <translation>smout access: modo de acceso desconocido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>smout access: --database is empty</source>
        <translation>smout access: --database está vacío</translation>
    </message>
    <message>
        <source>smout access: %1</source>
        <translation>smout access: %1</translation>
    </message>
    <message>
        <source>smout access add: give %1</source>
        <translation>smout access add: indique %1</translation>
    </message>
    <message>
        <source>smout access add: give --mode</source>
        <translation>smout access add: indique --mode</translation>
    </message>
    <message>
        <source>smout access add: --training-date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>smout access add: --training-date &apos;%1&apos; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>smout access add: --rob-signed is yes or no</source>
        <translation>smout access add: --rob-signed es yes o no</translation>
    </message>
    <message>
        <source>smout access add: %1</source>
        <translation>smout access add: %1</translation>
    </message>
    <message>
        <source>smout access list: %1</source>
        <translation>smout access list: %1</translation>
    </message>
    <message>
        <source>smout access list: unknown status &apos;%1&apos; (approved, additional_information, disapproved)</source>
        <translation>smout access list: estado desconocido &apos;%1&apos; (approved, additional_information, disapproved)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobada por %1</translation>
    </message>
    <message>
        <source>smout access %1: give one request id</source>
        <translation>smout access %1: indique un identificador de solicitud</translation>
    </message>
    <message>
        <source>smout access decide: %1</source>
        <translation>smout access decide: %1</translation>
    </message>
    <message>
        <source>Request %1: %2
</source>
        <translation>Solicitud %1: %2
</translation>
    </message>
    <message>
        <source>Approval needed from: %1
</source>
        <translation>Se necesita la aprobación de: %1
</translation>
    </message>
    <message>
        <source>smout access approve: %1</source>
        <translation>smout access approve: %1</translation>
    </message>
    <message>
        <source>smout access approve: refused: %1</source>
        <translation>smout access approve: rechazada: %1</translation>
    </message>
    <message>
        <source>Request %1 approved by %2</source>
        <translation>Solicitud %1 aprobada por %2</translation>
    </message>
    <message>
        <source>smout access add --employee NAME --office O --supervisor NAME --mode MODE --smout ID --justification TEXT [--training-date YYYY-MM-DD] [--rob-signed yes|no] | decide ID | approve ID --level LEVEL [--approver NAME] | list [--status S] [--smout ID] [--mode MODE]   [--today YYYY-MM-DD] [--format text|json] [--database URL]</source>
        <translation>smout access add --employee NOMBRE --office O --supervisor NOMBRE --mode MODO --smout ID --justification TEXTO [--training-date AAAA-MM-DD] [--rob-signed yes|no] | decide ID | approve ID --level NIVEL [--approver NOMBRE] | list [--status S] [--smout ID] [--mode MODO]   [--today AAAA-MM-DD] [--format text|json] [--database URL]</translation>
    </message>
    <message>
        <source>approve: the connected user&apos;s name, as a check (the approver is always the connected user, as the system knows them: the database session user, or the system login for a SQLite file)</source>
        <translation>approve: el nombre del usuario conectado, como comprobación (quien aprueba es siempre el usuario conectado, tal como lo conoce el sistema: el usuario de la sesión de la base de datos o, en un archivo SQLite, el inicio de sesión del sistema)</translation>
    </message>
    <message>
        <source>smout access approve: give --level first_line, second_level or ses_or_delegated_gs15 (and --approver NAME, or none for the connected user)</source>
        <translation>smout access approve: indique --level first_line, second_level o ses_or_delegated_gs15 (y --approver NOMBRE, o ninguno para el usuario conectado)</translation>
    </message>
    <message>
        <source>smout access approve: you are connected as %1, and an approval is recorded under the connected user, not under a typed name (%2)</source>
        <translation>smout access approve: usted está conectado como %1, y una aprobación se registra a nombre del usuario conectado, no de un nombre escrito (%2)</translation>
    </message>
</context>
<context>
    <name>smout::cli::ArchiveCommand</name>
    <message>
        <source>%1 is not an OCSP response (DER)</source>
        <translation>%1 no es una respuesta OCSP (DER)</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER)</source>
        <translation>%1 no es una lista de revocación de certificados (PEM o DER)</translation>
    </message>
    <message>
        <source>add validation data and a document timestamp to a signed PDF, so that it verifies after its certificates expire</source>
        <translation>agrega datos de validación y un sello de tiempo del documento a un PDF firmado, para que se pueda verificar después de que caduquen sus certificados</translation>
    </message>
    <message>
        <source>the archived PDF to write</source>
        <translation>el PDF archivado que se escribirá</translation>
    </message>
    <message>
        <source>seconds to wait for the time-stamping authority</source>
        <translation>segundos de espera a la autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <source>a certificate revocation list (PEM or DER) to embed; may be repeated</source>
        <translation>una lista de revocación de certificados (PEM o DER) que se incrustará; se puede repetir</translation>
    </message>
    <message>
        <source>an OCSP response (DER) to embed; may be repeated</source>
        <translation>una respuesta OCSP (DER) que se incrustará; se puede repetir</translation>
    </message>
    <message>
        <source>NSS database in which the certificates&apos; issuers are found (default: with --trust only its anchors, else ~/.pki/nssdb when it exists)</source>
        <translation>base de datos NSS en la que se encuentran los emisores de los certificados (predeterminado: con --trust, solo sus anclas; si no, ~/.pki/nssdb cuando existe)</translation>
    </message>
    <message>
        <source>a root certificate (PEM) that completes the chains; may be repeated</source>
        <translation>un certificado raíz (PEM) que completa las cadenas; se puede repetir</translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation>el PDF firmado</translation>
    </message>
    <message>
        <source>smout archive: --tsa must be an http or https URL</source>
        <translation>smout archive: --tsa debe ser una URL http o https</translation>
    </message>
    <message>
        <source>smout archive: --tsa-timeout must be between 1 and 600 seconds</source>
        <translation>smout archive: --tsa-timeout debe estar entre 1 y 600 segundos</translation>
    </message>
    <message>
        <source>smout archive: give either --nss-dir or --trust, not both</source>
        <translation>smout archive: indique --nss-dir o --trust, no ambos</translation>
    </message>
    <message>
        <source>smout archive: %1</source>
        <translation>smout archive: %1</translation>
    </message>
    <message>
        <source>smout archive: %1; nothing was written</source>
        <translation>smout archive: %1; no se escribió nada</translation>
    </message>
    <message>
        <source>Archived %1 as %2: validation data and a document timestamp added.</source>
        <translation>Se archivó %1 como %2: se agregaron datos de validación y un sello de tiempo del documento.</translation>
    </message>
    <message>
        <source>smout archive IN.pdf -o OUT.pdf [--tsa URL [--tsa-timeout SECONDS]] [--online [--online-timeout SECONDS]] [--crl FILE]... [--ocsp FILE]... [--nss-dir DIR] [--trust CA.pem]...</source>
        <translation>smout archive IN.pdf -o OUT.pdf [--tsa URL [--tsa-timeout SEGUNDOS]] [--online [--online-timeout SEGUNDOS]] [--crl ARCHIVO]... [--ocsp ARCHIVO]... [--nss-dir DIR] [--trust CA.pem]...</translation>
    </message>
    <message>
        <source>time-stamping authority (http or https URL) for the document timestamp (without it: validation data only)</source>
        <translation>autoridad de sellado de tiempo (URL http o https) para el sello de tiempo del documento (sin ella: solo datos de validación)</translation>
    </message>
    <message>
        <source>also fetch each certificate&apos;s CRL from its CRL distribution points and an OCSP response from its OCSP responder (http URLs the certificates name, nothing else); what cannot be fetched is named and left out</source>
        <translation>obtiene también la CRL de cada certificado de sus puntos de distribución de CRL y una respuesta OCSP de su respondedor OCSP (solo las URL http que indican los certificados); lo que no se puede obtener se nombra y se omite</translation>
    </message>
    <message>
        <source>seconds to wait for each address --online asks</source>
        <translation>segundos de espera para cada dirección que consulta --online</translation>
    </message>
    <message>
        <source>smout archive: --online-timeout must be between 1 and 600 seconds</source>
        <translation>smout archive: --online-timeout debe estar entre 1 y 600 segundos</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Obtenido %1.</translation>
    </message>
    <message>
        <source>smout archive: --online: %1</source>
        <translation>smout archive: --online: %1</translation>
    </message>
    <message>
        <source>Archived %1 as %2: validation data added, no document timestamp (no --tsa).</source>
        <translation>Se archivó %1 como %2: datos de validación agregados, sin sello de tiempo del documento (sin --tsa).</translation>
    </message>
</context>
<context>
    <name>smout::cli::CertsCommand</name>
    <message>
        <source>list the certificates with a private key (database and smart cards) and which may sign</source>
        <translation>muestra los certificados con clave privada (base de datos y tarjetas inteligentes) e indica cuáles pueden firmar</translation>
    </message>
    <message>
        <source>smout certs [--nss-dir DIR] [--format text|json] [--passphrase-file FILE]</source>
        <translation>smout certs [--nss-dir DIR] [--format text|json] [--passphrase-file ARCHIVO]</translation>
    </message>
    <message>
        <source>NSS database (default ~/.pki/nssdb, where smart-card modules are registered)</source>
        <translation>base de datos NSS (predeterminada: ~/.pki/nssdb, donde se registran los módulos de tarjetas inteligentes)</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>file whose first line unlocks a passphrase-protected database (else asked on a terminal; without either, its keys stay hidden)</source>
        <translation>archivo cuya primera línea desbloquea una base de datos protegida con frase de contraseña (si no, se pide en un terminal; sin ninguno de los dos, sus claves permanecen ocultas)</translation>
    </message>
    <message>
        <source>smout certs: %1</source>
        <translation>smout certs: %1</translation>
    </message>
    <message>
        <source>signs documents</source>
        <translation>firma documentos</translation>
    </message>
    <message>
        <source>may not sign: %1</source>
        <translation>no puede firmar: %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>sujeto: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>emisor: %1</translation>
    </message>
    <message>
        <source>token: %1; valid until %2; key usage: %3</source>
        <translation>token: %1; válido hasta %2; uso de la clave: %3</translation>
    </message>
    <message>
        <source>no certificate with a private key in %1 or on a card</source>
        <translation>ningún certificado con clave privada en %1 ni en una tarjeta</translation>
    </message>
</context>
<context>
    <name>smout::cli::Command</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>smout %1: %2 (see &apos;smout %1 --help&apos;)</source>
        <translation>smout %1: %2 (consulte &apos;smout %1 --help&apos;)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>archivo que se escribirá</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)%2)</source>
        <translation>
            <numerusform>Se escribió %1 (%n página%2)</numerusform>
            <numerusform>Se escribió %1 (%n páginas%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>, marked DRAFT — NOT VALIDATED: the document has errors</source>
        <translation>, marcado BORRADOR — NO VALIDADO: el documento tiene errores</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>smout %1: --format must be text or json, not &apos;%2&apos;</source>
        <translation>smout %1: --format debe ser text o json, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>smout %1: --today must be a real date YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>smout %1: --today debe ser una fecha real AAAA-MM-DD, no &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>smout::cli::DbCommand</name>
    <message>
        <source>the SMOUT inventory: import, list, show and export revisions (SQLite or PostgreSQL)</source>
        <translation>el inventario de SMOUT: importar, listar, mostrar y exportar revisiones (SQLite o PostgreSQL)</translation>
    </message>
    <message>
        <source>list: due for re-review within DAYS (overdue included)</source>
        <translation>list: con nueva revisión pendiente en los próximos DÍAS (incluidas las vencidas)</translation>
    </message>
    <message>
        <source>list: words to look for</source>
        <translation>list: palabras que buscar</translation>
    </message>
    <message>
        <source>show/export: this revision instead of the newest</source>
        <translation>show/export: esta revisión en lugar de la más reciente</translation>
    </message>
    <message>
        <source>export: file to write</source>
        <translation>export: archivo que se escribirá</translation>
    </message>
    <message>
        <source>smout db: %1</source>
        <translation>smout db: %1</translation>
    </message>
    <message>
        <source>smout db import: give the files to import</source>
        <translation>smout db import: indique los archivos que se importarán</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>Importando %1 de %2…</translation>
    </message>
    <message>
        <source>smout db list: unknown status &apos;%1&apos;</source>
        <translation>smout db list: estado desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>re-review %1</source>
        <translation>nueva revisión %1</translation>
    </message>
    <message>
        <source>smout db %1: give one SMOUT id</source>
        <translation>smout db %1: indique un identificador de SMOUT</translation>
    </message>
    <message>
        <source>smout db %1: %2</source>
        <translation>smout db %1: %2</translation>
    </message>
    <message>
        <source>smout db export: give -o FILE</source>
        <translation>smout db export: indique -o ARCHIVO</translation>
    </message>
    <message>
        <source>smout db export: %1</source>
        <translation>smout db export: %1</translation>
    </message>
    <message>
        <source>Wrote revision %1 of %2 to %3</source>
        <translation>Se escribió la revisión %1 de %2 en %3</translation>
    </message>
    <message>
        <source>%1 — %2, %3, revision %4 of %5
</source>
        <translation>%1 — %2, %3, revisión %4 de %5
</translation>
    </message>
    <message>
        <source>Re-review due: %1
</source>
        <translation>Próxima revisión: %1
</translation>
    </message>
    <message>
        <source>Revisions:
</source>
        <translation>Revisiones:
</translation>
    </message>
    <message>
        <source>Audit log:
</source>
        <translation>Registro de auditoría:
</translation>
    </message>
    <message>
        <source>smout db import: --base applies to one file</source>
        <translation>smout db import: --base se aplica a un solo archivo</translation>
    </message>
    <message>
        <source>imported   %1  %2 revision %3
</source>
        <translation>importado   %1  %2 revisión %3
</translation>
    </message>
    <message>
        <source>unchanged  %1  %2 revision %3 (identical; nothing added)
</source>
        <translation>sin cambios %1  %2 revisión %3 (idéntico; no se agregó nada)
</translation>
    </message>
    <message>
        <source>conflict   %1  %2 skipped: %3
</source>
        <translation>conflicto   %1  %2 omitido: %3
</translation>
    </message>
    <message>
        <source>failed     %1  %2
</source>
        <translation>fallido     %1  %2
</translation>
    </message>
    <message>
        <source>Imported %1, unchanged %2, conflicts %3, failed %4</source>
        <translation>Importados: %1; sin cambios: %2; conflictos: %3; fallidos: %4</translation>
    </message>
    <message>
        <source>storage: %1
</source>
        <translation>almacenamiento: %1
</translation>
    </message>
    <message>
        <source>SMOUT %1 revision %2: %3
</source>
        <translation>SMOUT %1 revisión %2: %3
</translation>
    </message>
    <message>
        <source>SMOUT %1: %2
</source>
        <translation>SMOUT %1: %2
</translation>
    </message>
    <message>
        <source>Checked %1 SMOUT(s), %2 revision(s): checksums, revision sequence and audit rows are in order</source>
        <translation>SMOUT comprobados: %1; revisiones: %2. Las sumas de comprobación, la secuencia de revisiones y las filas de auditoría están en orden</translation>
    </message>
    <message>
        <source>Checked %1 SMOUT(s), %2 revision(s): %3 problem(s), %4 SMOUT(s) affected</source>
        <translation>SMOUT comprobados: %1; revisiones: %2; problemas: %3; SMOUT afectados: %4</translation>
    </message>
    <message>
        <source>a SQLite file, or postgresql://user@host:port/dbname[?sslmode=…&amp;sslrootcert=…&amp;connect_timeout=…&amp;application_name=…]; the password comes from ~/.pgpass or PGPASSWORD (default: SMOUT_DATABASE or the user&apos;s inventory)</source>
        <translation>un archivo SQLite, o postgresql://usuario@servidor:puerto/nombrebd[?sslmode=…&amp;sslrootcert=…&amp;connect_timeout=…&amp;application_name=…]; la contraseña se toma de ~/.pgpass o de PGPASSWORD (predeterminado: SMOUT_DATABASE o el inventario del usuario)</translation>
    </message>
    <message>
        <source>import: the stored revision the file was edited from (one file)</source>
        <translation>import: la revisión almacenada a partir de la cual se editó el archivo (un solo archivo)</translation>
    </message>
    <message>
        <source>smout db: --database is empty; give a SQLite file or a postgresql:// URL, or leave the option out for your own inventory</source>
        <translation>smout db: --database está vacío; indique un archivo SQLite o una URL postgresql://, u omita la opción para usar su propio inventario</translation>
    </message>
    <message>
        <source>list: draft, with_counsel, submitted, under_review, returned, resubmitted, adjudicated_met, adjudicated_not_met</source>
        <translation>list: draft, with_counsel, submitted, under_review, returned, resubmitted, adjudicated_met, adjudicated_not_met</translation>
    </message>
    <message>
        <source>audit chain: %1
</source>
        <translation>cadena de auditoría: %1
</translation>
    </message>
    <message>
        <source>Audit chain whole; its head (note it down elsewhere to compare later): %1</source>
        <translation>Cadena de auditoría íntegra; su cabecera (anótela en otro lugar para compararla más adelante): %1</translation>
    </message>
    <message>
        <source>Audit chain not checked: %1</source>
        <translation>Cadena de auditoría sin comprobar: %1</translation>
    </message>
    <message>
        <source>list, who: text or json</source>
        <translation>list, who: text o json</translation>
    </message>
    <message>
        <source>files (import), the SMOUT id (show, export) or the login (grant, revoke)</source>
        <translation>archivos (import), el identificador del SMOUT (show, export) o el usuario (grant, revoke)</translation>
    </message>
    <message>
        <source>The inventory&apos;s roles and rules are in place: smout_program_office, smout_counsel and smout_component_privacy (per component), smout_privacy_office and smout_auditor; give people theirs with &apos;smout db grant&apos;</source>
        <translation>Los roles y las reglas del inventario están establecidos: smout_program_office, smout_counsel y smout_component_privacy (por componente), smout_privacy_office y smout_auditor; asigne a cada persona el suyo con &apos;smout db grant&apos;</translation>
    </message>
    <message>
        <source>smout db %1: give one login (a database user)</source>
        <translation>smout db %1: indique un usuario (un usuario de la base de datos)</translation>
    </message>
    <message>
        <source>smout db %1: unknown role &apos;%2&apos; (program_office, counsel, component_privacy, privacy_office or auditor)</source>
        <translation>smout db %1: rol desconocido &apos;%2&apos; (program_office, counsel, component_privacy, privacy_office o auditor)</translation>
    </message>
    <message>
        <source>smout db grant: give --role</source>
        <translation>smout db grant: indique --role</translation>
    </message>
    <message>
        <source>smout db revoke: --component needs --role</source>
        <translation>smout db revoke: --component necesita --role</translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation>%1 tiene ahora el rol %2</translation>
    </message>
    <message>
        <source>Revoked from %1</source>
        <translation>Revocación aplicada a %1</translation>
    </message>
    <message>
        <source>(no component: sees nothing)</source>
        <translation>(ningún componente: no ve nada)</translation>
    </message>
    <message>
        <source>(every component)</source>
        <translation>(todos los componentes)</translation>
    </message>
    <message>
        <source>smout db roles: give add, remove or list</source>
        <translation>smout db roles: indique add, remove o list</translation>
    </message>
    <message>
        <source>(every)</source>
        <translation>(todos)</translation>
    </message>
    <message>
        <source>Changes:
</source>
        <translation>Cambios:
</translation>
    </message>
    <message>
        <source>The inventory has no role registry: each role is only stated by its signer. Add who may sign as counsel and reviewer with smout db roles add --role counsel --cert FILE.pem.</source>
        <translation>El inventario no tiene registro de funciones: cada función solo la declara su firmante. Agregue quién puede firmar como asesoría jurídica y como revisor con smout db roles add --role counsel --cert FILE.pem.</translation>
    </message>
    <message>
        <source>smout db roles %1: give --role author|counsel|reviewer and --cert FILE.pem</source>
        <translation>smout db roles %1: indique --role author|counsel|reviewer y --cert FILE.pem</translation>
    </message>
    <message>
        <source>smout db roles %1: %2</source>
        <translation>smout db roles %1: %2</translation>
    </message>
    <message>
        <source>smout db roles %1: give --component once; add one grant per component</source>
        <translation>smout db roles %1: indique --component una sola vez; agregue una concesión por componente</translation>
    </message>
    <message>
        <source>smout db roles %1: --component is empty; give a component code such as CBP</source>
        <translation>smout db roles %1: --component está vacío; indique un código de componente como CBP</translation>
    </message>
    <message>
        <source>every component</source>
        <translation>todos los componentes</translation>
    </message>
    <message>
        <source>%1 may now sign as %2 (%3)</source>
        <translation>%1 ahora puede firmar como %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was already listed as %2 (%3); nothing changed</source>
        <translation>%1 ya figuraba como %2 (%3); no se cambió nada</translation>
    </message>
    <message>
        <source>%1 may no longer sign as %2 (%3)</source>
        <translation>%1 ya no puede firmar como %2 (%3)</translation>
    </message>
    <message>
        <source>smout db roles remove: %1 is not listed as %2 (%3)</source>
        <translation>smout db roles remove: %1 no figura como %2 (%3)</translation>
    </message>
    <message>
        <source>smout db import: give either --nss-dir or --trust, not both</source>
        <translation>smout db import: indique --nss-dir o --trust, no ambos</translation>
    </message>
    <message>
        <source>smout db import: %1</source>
        <translation>smout db import: %1</translation>
    </message>
    <message>
        <source>imported   %1  %2 revision %3 (draft: %4)
</source>
        <translation>importado   %1  %2 revisión %3 (borrador: %4)
</translation>
    </message>
    <message>
        <source>           signatures that do not count: %1
</source>
        <translation>            firmas que no cuentan: %1
</translation>
    </message>
    <message>
        <source>smout db import FILE... [--base N] | list [--due-within DAYS] [--status S] [--search WORDS] [--format text|json] | show ID [--revision N] | export ID -o FILE | check | roles add|remove|list [--role R --cert FILE.pem [--component CODE]] | setup | grant LOGIN --role ROLE [--component CODE]... | revoke LOGIN [--role ROLE] [--component CODE]... | who [--format text|json]   [--database URL]</source>
        <translation>smout db import ARCHIVO... [--base N] | list [--due-within DÍAS] [--status S] [--search PALABRAS] [--format text|json] | show ID [--revision N] | export ID -o ARCHIVO | check | roles add|remove|list [--role R --cert ARCHIVO.pem [--component CÓDIGO]] | setup | grant USUARIO --role ROL [--component CÓDIGO]... | revoke USUARIO [--role ROL] [--component CÓDIGO]... | who [--format text|json]   [--database URL]</translation>
    </message>
    <message>
        <source>import: NSS database whose trust settings decide whether a signed file&apos;s signatures count (default: ~/.pki/nssdb when it exists)</source>
        <translation>import: base de datos NSS cuya configuración de confianza decide si cuentan las firmas de un archivo firmado (predeterminada: ~/.pki/nssdb, cuando existe)</translation>
    </message>
    <message>
        <source>import: a trusted root certificate (PEM) for signed files; may be repeated</source>
        <translation>import: un certificado raíz de confianza (PEM) para los archivos firmados; se puede repetir</translation>
    </message>
    <message>
        <source>grant, revoke: program_office, counsel, component_privacy, privacy_office or auditor; roles: author, counsel or reviewer</source>
        <translation>grant, revoke: program_office, counsel, component_privacy, privacy_office o auditor; roles: author, counsel o reviewer</translation>
    </message>
    <message>
        <source>grant, revoke: a component the role acts for (repeatable); roles: only for SMOUTs of this component (e.g. CBP), default every component</source>
        <translation>grant, revoke: un componente en cuyo nombre actúa el rol (se puede repetir); roles: solo para los SMOUT de este componente (p. ej., CBP); de forma predeterminada, todos los componentes</translation>
    </message>
    <message>
        <source>roles: the certificate (PEM) to let act in the role, or no longer</source>
        <translation>roles: el certificado (PEM) al que se permite, o ya no se permite, actuar en la función</translation>
    </message>
    <message>
        <source>import, list, show, export, check, roles, setup, grant, revoke or who</source>
        <translation>import, list, show, export, check, roles, setup, grant, revoke o who</translation>
    </message>
    <message>
        <source>smout db: unknown action &apos;%1&apos; (import, list, show, export, check, roles, setup, grant, revoke or who)</source>
        <translation>smout db: acción desconocida &apos;%1&apos; (import, list, show, export, check, roles, setup, grant, revoke o who)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>smout::cli::DiffCommand</name>
    <message>
        <source>field-level differences between two SMOUTs (.smout files or exported/signed PDFs)</source>
        <translation>diferencias campo por campo entre dos SMOUT (archivos .smout o PDF exportados o firmados)</translation>
    </message>
    <message>
        <source>smout diff A B [--format text|json]</source>
        <translation>smout diff A B [--format text|json]</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>the two documents</source>
        <translation>los dos documentos</translation>
    </message>
    <message>
        <source>smout diff: give two documents</source>
        <translation>smout diff: indique dos documentos</translation>
    </message>
    <message>
        <source>smout diff: %1: %2</source>
        <translation>smout diff: %1: %2</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>%1 (request %2: %3)</source>
        <translation>%1 (solicitud %2: %3)</translation>
    </message>
</context>
<context>
    <name>smout::cli::ExportCommand</name>
    <message>
        <source>export the filled form as PDF, with the document embedded</source>
        <translation>exporta el formulario cumplimentado como PDF, con el documento incrustado</translation>
    </message>
    <message>
        <source>smout export FILE.smout -o OUT.pdf [--page-size letter|a4]</source>
        <translation>smout export ARCHIVO.smout -o SALIDA.pdf [--page-size letter|a4]</translation>
    </message>
    <message>
        <source>the .smout file to export (&apos;-&apos; reads standard input)</source>
        <translation>el archivo .smout que se exportará (&apos;-&apos; lee la entrada estándar)</translation>
    </message>
    <message>
        <source>letter or a4</source>
        <translation>letter o a4</translation>
    </message>
    <message>
        <source>check dates as if today were YYYY-MM-DD</source>
        <translation>comprueba las fechas como si hoy fuera AAAA-MM-DD</translation>
    </message>
    <message>
        <source>smout export: --page-size must be letter or a4, not &apos;%1&apos;</source>
        <translation>smout export: --page-size debe ser letter o a4, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>smout::cli::ImportCommand</name>
    <message>
        <source>get the document back out of an exported or signed PDF</source>
        <translation>recupera el documento de un PDF exportado o firmado</translation>
    </message>
    <message>
        <source>smout import FILE.pdf -o FILE.smout</source>
        <translation>smout import ARCHIVO.pdf -o ARCHIVO.smout</translation>
    </message>
    <message>
        <source>the PDF exported by SMOUT Studio (&apos;-&apos; reads standard input)</source>
        <translation>el PDF exportado por SMOUT Studio (&apos;-&apos; lee la entrada estándar)</translation>
    </message>
    <message>
        <source>smout import: %1</source>
        <translation>smout import: %1</translation>
    </message>
    <message>
        <source>smout import: %1: %2</source>
        <translation>smout import: %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (id %2)</source>
        <translation>Se escribió %1 (identificador %2)</translation>
    </message>
    <message>
        <source>smout import: %1: not a PDF; import reads a PDF exported by SMOUT Studio</source>
        <translation>smout import: %1: no es un PDF; import lee un PDF exportado por SMOUT Studio</translation>
    </message>
</context>
<context>
    <name>smout::cli::ImportLegacyCommand</name>
    <message>
        <source>Imported a %1 edition template into %2: %3 field(s) mapped, %4 inferred, %5 missing.
</source>
        <translation>Se importó una plantilla de la edición %1 en %2: campos asignados: %3; deducidos: %4; ausentes: %5.
</translation>
    </message>
    <message>
        <source>Check these inferred values against the source:</source>
        <translation>Compare estos valores deducidos con el origen:</translation>
    </message>
    <message>
        <source>Fill in these fields (not found in the source):</source>
        <translation>Complete estos campos (no se encontraron en el origen):</translation>
    </message>
    <message>
        <source>Withheld in the copy imported; fill from the office&apos;s own record:</source>
        <translation>Retenido en la copia importada; complételo a partir del registro de la propia oficina:</translation>
    </message>
    <message>
        <source>Text placed in no field (move it where it belongs):</source>
        <translation>Texto no asignado a ningún campo (muévalo a donde corresponda):</translation>
    </message>
    <message>
        <source>bring in a filled template from Word, PDF or text, with a report of what to check</source>
        <translation>incorpora una plantilla completada desde Word, PDF o texto, con un informe de lo que hay que comprobar</translation>
    </message>
    <message>
        <source>smout import-legacy FILE(.docx|.pdf|.txt|.md) -o OUT.smout [--format text|json] [--component CODE]</source>
        <translation>smout import-legacy ARCHIVO(.docx|.pdf|.txt|.md) -o SALIDA.smout [--format text|json] [--component CÓDIGO]</translation>
    </message>
    <message>
        <source>the .smout file to write</source>
        <translation>el archivo .smout que se escribirá</translation>
    </message>
    <message>
        <source>report: text (what a person must check) or json</source>
        <translation>informe: text (lo que una persona debe comprobar) o json</translation>
    </message>
    <message>
        <source>component code, when the template names none</source>
        <translation>código del componente, cuando la plantilla no indica ninguno</translation>
    </message>
    <message>
        <source>the filled template</source>
        <translation>la plantilla completada</translation>
    </message>
    <message>
        <source>smout import-legacy: unknown component &apos;%1&apos;</source>
        <translation>smout import-legacy: componente desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>smout import-legacy: %1</source>
        <translation>smout import-legacy: %1</translation>
    </message>
</context>
<context>
    <name>smout::cli::Main</name>
    <message>
        <source>Usage: smout VERB [options] [arguments]

Drafts, checks, exports, signs and verifies DHS Social Media Operational Use Templates (SMOUT).

Verbs:
</source>
        <translation>Uso: smout VERBO [opciones] [argumentos]

Redacta, revisa, exporta, firma y verifica plantillas de uso operativo de redes sociales (SMOUT) del DHS.

Verbos:
</translation>
    </message>
    <message>
        <source>
Run &apos;smout VERB --help&apos; for a verb&apos;s options. &apos;smout --version&apos; prints the version.
Exit codes: 0 nothing wrong, 1 problems found, 2 bad usage or unreadable input.</source>
        <translation>
Ejecute &apos;smout VERBO --help&apos; para ver las opciones de un verbo. &apos;smout --version&apos; muestra la versión.
Códigos de salida: 0 ningún problema, 1 se encontraron problemas, 2 uso incorrecto o entrada ilegible.</translation>
    </message>
    <message>
        <source>smout: unknown verb or option &apos;%1&apos; (see &apos;smout --help&apos;)</source>
        <translation>smout: verbo u opción desconocidos &apos;%1&apos; (consulte &apos;smout --help&apos;)</translation>
    </message>
    <message>
        <source>smout: cannot load its verbs (%1); reinstall SMOUT Studio</source>
        <translation>smout: no puede cargar sus verbos (%1); vuelva a instalar SMOUT Studio</translation>
    </message>
</context>
<context>
    <name>smout::cli::NewCommand</name>
    <message>
        <source>write a blank SMOUT with a fresh document id</source>
        <translation>escribe un SMOUT en blanco con un identificador de documento nuevo</translation>
    </message>
    <message>
        <source>smout new [--component CODE] -o FILE.smout</source>
        <translation>smout new [--component CÓDIGO] -o ARCHIVO.smout</translation>
    </message>
    <message>
        <source>component code, e.g. CBP, ICE, USCIS</source>
        <translation>código del componente, p. ej., CBP, ICE, USCIS</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>archivo que se escribirá</translation>
    </message>
    <message>
        <source>smout new: unknown component &apos;%1&apos; (known: %2)</source>
        <translation>smout new: componente desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>smout new: %1</source>
        <translation>smout new: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (id %2)</source>
        <translation>Se escribió %1 (identificador %2)</translation>
    </message>
</context>
<context>
    <name>smout::cli::Passphrase</name>
    <message>
        <source>%1 (empty to cancel): </source>
        <translation>%1 (vacío para cancelar): </translation>
    </message>
</context>
<context>
    <name>smout::cli::ReleaseCommand</name>
    <message>
        <source>smout release FILE.smout -o RELEASE.pdf</source>
        <translation>smout release ARCHIVO.smout -o DIVULGACION.pdf</translation>
    </message>
    <message>
        <source>the .smout file to release</source>
        <translation>el archivo .smout que se divulgará</translation>
    </message>
    <message>
        <source>export a FOIA release copy: marked text removed and drawn as a box labelled with its exemptions, no embedded data; refused when a marking cannot be applied or withheld text is found in the written file</source>
        <translation>exporta una copia para divulgación en virtud de la FOIA: el texto marcado se elimina y se dibuja como un recuadro rotulado con sus exenciones, sin datos incrustados; se rechaza si no se puede aplicar una marca o si se encuentra texto retenido en el archivo escrito</translation>
    </message>
    <message>
        <source>smout release: %1: %2</source>
        <translation>smout release: %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>smout release: warning: %1</source>
        <translation>smout release: advertencia: %1</translation>
    </message>
    <message>
        <source>smout release: %1</source>
        <translation>smout release: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)), checked: no withheld text in it</source>
        <translation>
            <numerusform>Se escribió %1 (%n página); comprobado: no contiene texto retenido</numerusform>
            <numerusform>Se escribió %1 (%n páginas); comprobado: no contiene texto retenido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smout::cli::RequestCommand</name>
    <message>
        <source>ask for, answer, close or list requests for additional information</source>
        <translation>solicita, responde, cierra o lista solicitudes de información adicional</translation>
    </message>
    <message>
        <source>smout request add FILE.smout --path KEYPATH --text TEXT --role counsel|reviewer [--by NAME] [--today YYYY-MM-DD]
       smout request answer FILE.smout ID --text TEXT [--by NAME]
       smout request close FILE.smout ID [--by NAME] [--role counsel|reviewer]
       smout request list FILE.smout [--open] [--format text|json]</source>
        <translation>smout request add ARCHIVO.smout --path RUTA_CLAVE --text TEXTO --role counsel|reviewer [--by NOMBRE] [--today AAAA-MM-DD]
       smout request answer ARCHIVO.smout ID --text TEXTO [--by NOMBRE]
       smout request close ARCHIVO.smout ID [--by NOMBRE] [--role counsel|reviewer]
       smout request list ARCHIVO.smout [--open] [--format text|json]</translation>
    </message>
    <message>
        <source>add, answer, close or list</source>
        <translation>add, answer, close o list</translation>
    </message>
    <message>
        <source>the .smout document</source>
        <translation>el documento .smout</translation>
    </message>
    <message>
        <source>the request, e.g. R2</source>
        <translation>la solicitud, p. ej., R2</translation>
    </message>
    <message>
        <source>key path the request is about, e.g. questions.q1_description (&quot;&quot; for the whole document)</source>
        <translation>ruta de clave a la que se refiere la solicitud, p. ej., questions.q1_description (&quot;&quot; para todo el documento)</translation>
    </message>
    <message>
        <source>the request or the answer</source>
        <translation>la solicitud o la respuesta</translation>
    </message>
    <message>
        <source>who acts: counsel or reviewer asks and closes, author answers</source>
        <translation>quién actúa: counsel o reviewer solicita y cierra; author responde</translation>
    </message>
    <message>
        <source>name of the person acting (default: the account name)</source>
        <translation>nombre de la persona que actúa (predeterminado: el nombre de la cuenta)</translation>
    </message>
    <message>
        <source>date the action as YYYY-MM-DD</source>
        <translation>fecha de la acción, como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>list only requests not yet closed</source>
        <translation>solo las solicitudes aún no cerradas</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>smout request %1: %2</source>
        <translation>smout request %1: %2</translation>
    </message>
    <message>
        <source>unknown action; use add, answer, close or list</source>
        <translation>acción desconocida; use add, answer, close o list</translation>
    </message>
    <message>
        <source>name the request, e.g. R1</source>
        <translation>indique la solicitud, p. ej., R1</translation>
    </message>
    <message>
        <source>takes no request id</source>
        <translation>no admite un identificador de solicitud</translation>
    </message>
    <message>
        <source>the document is saved in place, so it cannot be standard input</source>
        <translation>el documento se guarda en el mismo archivo, por lo que no puede ser la entrada estándar</translation>
    </message>
    <message>
        <source>--role must be counsel, reviewer or author, not &apos;%1&apos;</source>
        <translation>--role debe ser counsel, reviewer o author, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>todo el documento</translation>
    </message>
    <message>
        <source>%1	%2	%3 (%4)	%5	%6: %7</source>
        <translation>%1	%2	%3 (%4)	%5	%6: %7</translation>
    </message>
    <message>
        <source>	answer by %1 (%2): %3</source>
        <translation>	respuesta de %1 (%2): %3</translation>
    </message>
    <message>
        <source>needs --path, --text and --role counsel|reviewer</source>
        <translation>necesita --path, --text y --role counsel|reviewer</translation>
    </message>
    <message>
        <source>needs --text with the answer</source>
        <translation>necesita --text con la respuesta</translation>
    </message>
</context>
<context>
    <name>smout::cli::RoleRegistryOption</name>
    <message>
        <source>give either --roles or --database, not both</source>
        <translation>indique --roles o --database, no ambos</translation>
    </message>
    <message>
        <source>the role registry of the inventory: %1</source>
        <translation>el registro de funciones del inventario: %1</translation>
    </message>
</context>
<context>
    <name>smout::cli::SignCommand</name>
    <message>
        <source>sign as author, counsel or reviewer with a certificate (NSS database, smart card or PKCS#12)</source>
        <translation>firma como autor, asesoría jurídica o revisor con un certificado (base de datos NSS, tarjeta inteligente o PKCS#12)</translation>
    </message>
    <message>
        <source>author (INPUT is a .smout), counsel (INPUT is the author-signed PDF) or reviewer (INPUT is the reviewed .smout)</source>
        <translation>author (ENTRADA es un .smout), counsel (ENTRADA es el PDF firmado por el autor) o reviewer (ENTRADA es el .smout revisado)</translation>
    </message>
    <message>
        <source>the signed PDF to write</source>
        <translation>el PDF firmado que se escribirá</translation>
    </message>
    <message>
        <source>NSS database (default ~/.pki/nssdb, where smart-card modules are registered)</source>
        <translation>base de datos NSS (predeterminada: ~/.pki/nssdb, donde se registran los módulos de tarjetas inteligentes)</translation>
    </message>
    <message>
        <source>PKCS#12 file to sign with, used for this signature only</source>
        <translation>archivo PKCS#12 con el que firmar, solo para esta firma</translation>
    </message>
    <message>
        <source>reviewer: the counsel-signed submission PDF</source>
        <translation>reviewer: el PDF de la presentación firmado por la asesoría jurídica</translation>
    </message>
    <message>
        <source>check dates as if today were YYYY-MM-DD</source>
        <translation>comprueba las fechas como si hoy fuera AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the document to sign</source>
        <translation>el documento que se firmará</translation>
    </message>
    <message>
        <source>smout sign: --role must be author, counsel or reviewer</source>
        <translation>smout sign: --role debe ser author, counsel o reviewer</translation>
    </message>
    <message>
        <source>smout sign: %1</source>
        <translation>smout sign: %1</translation>
    </message>
    <message>
        <source>smout sign: %1: %2</source>
        <translation>smout sign: %1: %2</translation>
    </message>
    <message>
        <source>smout sign: --role reviewer needs --submission SIGNED.pdf (the counsel-signed submission)</source>
        <translation>smout sign: --role reviewer necesita --submission FIRMADO.pdf (la presentación firmada por la asesoría jurídica)</translation>
    </message>
    <message>
        <source>smout sign: %1; nothing was signed</source>
        <translation>smout sign: %1; no se firmó nada</translation>
    </message>
    <message>
        <source>Signed %1 as %2 with &quot;%3&quot;</source>
        <translation>Se firmó %1 como %2 con «%3»</translation>
    </message>
    <message>
        <source>nickname of the signing certificate (see smout certs); default: the one for signing documents, the Digital Signature certificate of a PIV card</source>
        <translation>apodo del certificado de firma (consulte smout certs); predeterminado: el destinado a firmar documentos, el certificado de firma digital (Digital Signature) de una tarjeta PIV</translation>
    </message>
    <message>
        <source>file with the passphrase or PIN, one line per secret asked (the database&apos;s, then the card&apos;s)</source>
        <translation>archivo con la frase de contraseña o el PIN, una línea por cada secreto solicitado (el de la base de datos y luego el de la tarjeta)</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>the signed PDF could not be verified against the --trust roots</source>
        <translation>no se pudo verificar el PDF firmado con las raíces de --trust</translation>
    </message>
    <message>
        <source>the signed PDF cannot be verified, so it is not signed on top of: %1</source>
        <translation>no se puede verificar el PDF firmado, por lo que no se firma sobre él: %1</translation>
    </message>
    <message>
        <source>%1: the certificate is not trusted</source>
        <translation>%1: el certificado no es de confianza</translation>
    </message>
    <message>
        <source>the submission is not signed by counsel</source>
        <translation>la presentación no está firmada por la asesoría jurídica</translation>
    </message>
    <message>
        <source>the signatures of the PDF do not hold up, so it is not signed on top of:
  %1</source>
        <translation>las firmas del PDF no son válidas, por lo que no se firma sobre él:
  %1</translation>
    </message>
    <message>
        <source>a trusted root certificate (PEM) for checking the signatures already in the PDF, as verify --trust: only these roots count; may be repeated</source>
        <translation>un certificado raíz de confianza (PEM) para comprobar las firmas que ya contiene el PDF, como en verify --trust: solo cuentan estas raíces; se puede repetir</translation>
    </message>
    <message>
        <source>(with --p12, give the root certificate the earlier signatures chain to: --trust CA.pem)</source>
        <translation>(con --p12, indique el certificado raíz al que se encadenan las firmas anteriores: --trust CA.pem)</translation>
    </message>
    <message>
        <source>smout sign: --tsa must be an http or https URL</source>
        <translation>smout sign: --tsa debe ser una URL http o https</translation>
    </message>
    <message>
        <source>smout sign: --tsa-timeout must be between 1 and 600 seconds</source>
        <translation>smout sign: --tsa-timeout debe estar entre 1 y 600 segundos</translation>
    </message>
    <message>
        <source>smout sign INPUT --role author|counsel|reviewer -o OUT.pdf [--cert NICKNAME] [--nss-dir DIR] [--p12 FILE] [--trust CA.pem]... [--passphrase-file FILE] [--submission SIGNED.pdf] [--roles FILE | --database URL] [--tsa URL] [--tsa-timeout SECONDS]</source>
        <translation>smout sign ENTRADA --role author|counsel|reviewer -o SALIDA.pdf [--cert APODO] [--nss-dir DIR] [--p12 ARCHIVO] [--trust CA.pem]... [--passphrase-file ARCHIVO] [--submission FIRMADO.pdf] [--roles ARCHIVO | --database URL] [--tsa URL] [--tsa-timeout SEGUNDOS]</translation>
    </message>
    <message>
        <source>role registry (JSON) listing who may sign as author, counsel and reviewer; a certificate it does not list for the role is refused</source>
        <translation>registro de funciones (JSON) que indica quién puede firmar como autor, asesoría jurídica y revisor; se rechaza un certificado que no figure en él para la función</translation>
    </message>
    <message>
        <source>the inventory whose role registry (smout db roles) decides who may sign</source>
        <translation>el inventario cuyo registro de funciones (smout db roles) decide quién puede firmar</translation>
    </message>
    <message>
        <source>time-stamping authority (http or https URL): the signature gets an RFC 3161 timestamp from it, or is refused</source>
        <translation>autoridad de sellado de tiempo (URL http o https): la firma recibe de ella un sello de tiempo RFC 3161 o se rechaza</translation>
    </message>
    <message>
        <source>seconds to wait for the time-stamping authority</source>
        <translation>segundos de espera a la autoridad de sellado de tiempo</translation>
    </message>
</context>
<context>
    <name>smout::cli::ValidateCommand</name>
    <message>
        <source>check SMOUT files against Directive 110-01 and list what to fix</source>
        <translation>comprueba archivos SMOUT conforme a la Directiva 110-01 e indica qué corregir</translation>
    </message>
    <message>
        <source>smout validate FILE... [--format text|json] [--today YYYY-MM-DD] [--role author|counsel|reviewer]   (&apos;-&apos; reads standard input)</source>
        <translation>smout validate ARCHIVO... [--format text|json] [--today AAAA-MM-DD] [--role author|counsel|reviewer]   (&apos;-&apos; lee la entrada estándar)</translation>
    </message>
    <message>
        <source>output: text (grouped by section) or json</source>
        <translation>salida: text (agrupada por sección) o json</translation>
    </message>
    <message>
        <source>check dates as if today were YYYY-MM-DD</source>
        <translation>comprueba las fechas como si hoy fuera AAAA-MM-DD</translation>
    </message>
    <message>
        <source>only findings about the sections this role writes: author, counsel or reviewer</source>
        <translation>solo las observaciones sobre las secciones que redacta esta función: author, counsel o reviewer</translation>
    </message>
    <message>
        <source>the .smout files to check</source>
        <translation>los archivos .smout que se comprobarán</translation>
    </message>
    <message>
        <source>smout validate: --role must be author, counsel or reviewer, not &apos;%1&apos;</source>
        <translation>smout validate: --role debe ser author, counsel o reviewer, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n aviso informativo</numerusform>
            <numerusform>%n avisos informativos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smout::cli::VerifyCommand</name>
    <message>
        <source>verify the signatures of a SMOUT PDF and detect changes made after signing</source>
        <translation>verifica las firmas de un PDF de SMOUT y detecta los cambios realizados después de la firma</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>a trusted root certificate (PEM); may be repeated</source>
        <translation>un certificado raíz de confianza (PEM); se puede repetir</translation>
    </message>
    <message>
        <source>smout verify: %1</source>
        <translation>smout verify: %1</translation>
    </message>
    <message>
        <source>smout verify: give either --nss-dir or --trust, not both</source>
        <translation>smout verify: indique --nss-dir o --trust, no ambos</translation>
    </message>
    <message>
        <source>smout verify: %1: %2</source>
        <translation>smout verify: %1: %2</translation>
    </message>
    <message>
        <source>all signatures valid and trusted, nothing changed after signing</source>
        <translation>todas las firmas son válidas y de confianza, nada cambió después de la firma</translation>
    </message>
    <message>
        <source>NOT OK</source>
        <translation>NO CORRECTO</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sin función</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>, trusted</source>
        <translation>, de confianza</translation>
    </message>
    <message>
        <source>, NOT trusted</source>
        <translation>, NO es de confianza</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>NSS database whose trusted roots decide (default: with --trust only its anchors, else ~/.pki/nssdb as in the window when it exists)</source>
        <translation>base de datos NSS cuyas raíces de confianza deciden (predeterminada: con --trust, solo sus anclajes; si no, ~/.pki/nssdb, como en la ventana, cuando existe)</translation>
    </message>
    <message>
        <source>No root certificate is trusted in %1, so no signature counts as trusted.</source>
        <translation>No se confía en ningún certificado raíz en %1, por lo que ninguna firma se considera de confianza.</translation>
    </message>
    <message>
        <source>Trusted roots: %1 (in %2).</source>
        <translation>Raíces de confianza: %1 (en %2).</translation>
    </message>
    <message>
        <source>timestamp: %1 by %2, %3%4</source>
        <translation>sello de tiempo: %1 por %2, %3%4</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>unknown authority</source>
        <translation>autoridad desconocida</translation>
    </message>
    <message>
        <source>role registry (JSON) listing who may sign as author, counsel and reviewer, per component (default: each role is only stated by the signer)</source>
        <translation>registro de funciones (JSON) que indica quién puede firmar como autor, asesoría jurídica y revisor, por componente (predeterminado: cada función solo la declara el firmante)</translation>
    </message>
    <message>
        <source>check the roles against the role registry kept in this inventory (smout db roles)</source>
        <translation>comprueba las funciones con el registro de funciones que se guarda en este inventario (smout db roles)</translation>
    </message>
    <message>
        <source>No role registry was given: each role is stated by the signer, not checked (--roles FILE or --database URL lists who may sign as author, counsel and reviewer).</source>
        <translation>No se indicó ningún registro de funciones: cada función la declara el firmante y no se comprueba (--roles ARCHIVO o --database URL indican quién puede firmar como autor, asesoría jurídica y revisor).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>document timestamp %1: %2 by %3, %4%5</source>
        <translation>sello de tiempo del documento %1: %2 por %3, %4%5</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER)</source>
        <translation>%1 no es una lista de revocación de certificados (PEM o DER)</translation>
    </message>
    <message>
        <source>a certificate revocation list (PEM or DER), read with those in the file&apos;s validation data; may be repeated</source>
        <translation>una lista de revocación de certificados (PEM o DER), que se lee junto con las de los datos de validación del archivo; se puede repetir</translation>
    </message>
    <message>
        <source>the signed PDFs, checked one after the other in this process</source>
        <translation>los PDF firmados, que se comprueban uno tras otro en este proceso</translation>
    </message>
    <message>
        <source>verifiable after the certificates expire: yes</source>
        <translation>verificable después de que caduquen los certificados: sí</translation>
    </message>
    <message>
        <source>verifiable after the certificates expire: no (smout archive adds what is missing)</source>
        <translation>verificable después de que caduquen los certificados: no (smout archive agrega lo que falta)</translation>
    </message>
    <message>
        <source>%1 is not an OCSP response (DER)</source>
        <translation>%1 no es una respuesta OCSP (DER)</translation>
    </message>
    <message>
        <source>smout verify FILE.pdf... [--format text|json] [--nss-dir DIR] [--trust CA.pem]... [--crl FILE]... [--ocsp FILE]... [--online] [--roles FILE | --database URL]</source>
        <translation>smout verify ARCHIVO.pdf... [--format text|json] [--nss-dir DIR] [--trust CA.pem]... [--crl ARCHIVO]... [--ocsp ARCHIVO]... [--online] [--roles ARCHIVO | --database URL]</translation>
    </message>
    <message>
        <source>also ask the certificates&apos; OCSP responders about revocation, and fetch their CRLs and OCSP responses (http URLs the certificates name) to read with the others; one that cannot be reached leaves the certificate unverified (default: no network; revocation is known only from the certificate database)</source>
        <translation>consulta también a los respondedores OCSP de los certificados sobre la revocación, y obtiene sus CRL y respuestas OCSP (las URL http que indican los certificados) para leerlas con las demás; uno que no se puede alcanzar deja el certificado sin verificar (predeterminado: sin red; la revocación solo se conoce por la base de datos de certificados)</translation>
    </message>
    <message>
        <source>an OCSP response (DER), read with those in the file&apos;s validation data; may be repeated</source>
        <translation>una respuesta OCSP (DER), leída con las de los datos de validación del archivo; se puede repetir</translation>
    </message>
    <message>
        <source>Revocation was checked against the certificate database and the CRLs and OCSP responses in the file&apos;s validation data or given with --crl and --ocsp, without reaching the network (--online asks the certificates&apos; OCSP responders).</source>
        <translation>La revocación se comprobó con la base de datos de certificados y las CRL y respuestas OCSP de los datos de validación del archivo o dadas con --crl y --ocsp, sin acceder a la red (--online consulta a los respondedores OCSP de los certificados).</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Obtenido %1.</translation>
    </message>
    <message>
        <source>smout verify: --online: %1</source>
        <translation>smout verify: --online: %1</translation>
    </message>
</context>
<context>
    <name>smout::io::JsonParser</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>expected a JSON object &apos;{&apos; at the start of the document</source>
        <translation>se esperaba un objeto JSON &apos;{&apos; al principio del documento</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texto inesperado después del final del documento</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(documento)</translation>
    </message>
    <message>
        <source>%1: %2 (line %3, column %4)</source>
        <translation>%1: %2 (línea %3, columna %4)</translation>
    </message>
    <message>
        <source>unexpected end of file, %1 expected (the file looks truncated)</source>
        <translation>final de archivo inesperado, se esperaba %1 (el archivo parece truncado)</translation>
    </message>
    <message>
        <source>%1 expected, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un byte NUL</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>el carácter de control U+%1</translation>
    </message>
    <message>
        <source>unexpected end of file, a value expected (the file looks truncated)</source>
        <translation>final de archivo inesperado, se esperaba un valor (el archivo parece truncado)</translation>
    </message>
    <message>
        <source>a value expected, found %1</source>
        <translation>se esperaba un valor, se encontró %1</translation>
    </message>
    <message>
        <source>unknown word, a value expected</source>
        <translation>palabra desconocida, se esperaba un valor</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>unexpected end of file inside an object (the file looks truncated)</source>
        <translation>final de archivo inesperado dentro de un objeto (el archivo parece truncado)</translation>
    </message>
    <message>
        <source>a key in double quotes expected, found %1</source>
        <translation>se esperaba una clave entre comillas dobles, se encontró %1</translation>
    </message>
    <message>
        <source>the key appears twice in the same object</source>
        <translation>la clave aparece dos veces en el mismo objeto</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; después de la clave</translation>
    </message>
    <message>
        <source>unexpected end of file, &apos;,&apos; or &apos;}&apos; expected (the file looks truncated)</source>
        <translation>final de archivo inesperado, se esperaba &apos;,&apos; o &apos;}&apos; (el archivo parece truncado)</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; expected after a value, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un valor, se encontró %1</translation>
    </message>
    <message>
        <source>unexpected end of file, &apos;,&apos; or &apos;]&apos; expected (the file looks truncated)</source>
        <translation>final de archivo inesperado, se esperaba &apos;,&apos; o &apos;]&apos; (el archivo parece truncado)</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; expected after a list item, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; después de un elemento de la lista, se encontró %1</translation>
    </message>
    <message>
        <source>unexpected end of file inside a \u escape</source>
        <translation>final de archivo inesperado dentro de una secuencia de escape \u</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>secuencia de escape \u no válida</translation>
    </message>
    <message>
        <source>unexpected end of file inside text (a closing &apos;&quot;&apos; is missing)</source>
        <translation>final de archivo inesperado dentro del texto (falta la &apos;&quot;&apos; de cierre)</translation>
    </message>
    <message>
        <source>%1 inside text (write it as an escape such as \n)</source>
        <translation>%1 dentro del texto (escríbalo como una secuencia de escape, como \n)</translation>
    </message>
    <message>
        <source>unexpected end of file inside text</source>
        <translation>final de archivo inesperado dentro del texto</translation>
    </message>
    <message>
        <source>unknown escape \%1 in text</source>
        <translation>secuencia de escape desconocida \%1 en el texto</translation>
    </message>
    <message>
        <source>text longer than the %L1 characters a field may hold</source>
        <translation>texto de más de los %L1 caracteres que admite un campo</translation>
    </message>
    <message>
        <source>a NUL character (\u0000) inside text</source>
        <translation>un carácter NUL (\u0000) dentro del texto</translation>
    </message>
    <message>
        <source>invalid \u escape: a lone low surrogate</source>
        <translation>secuencia de escape \u no válida: un sustituto bajo aislado</translation>
    </message>
    <message>
        <source>invalid \u escape: a high surrogate without its pair</source>
        <translation>secuencia de escape \u no válida: un sustituto alto sin su pareja</translation>
    </message>
    <message>
        <source>a digit expected in a number</source>
        <translation>se esperaba un dígito en un número</translation>
    </message>
    <message>
        <source>a number may not start with 0</source>
        <translation>un número no puede empezar por 0</translation>
    </message>
    <message>
        <source>a digit expected after the decimal point</source>
        <translation>se esperaba un dígito después del punto decimal</translation>
    </message>
    <message>
        <source>a digit expected in the exponent</source>
        <translation>se esperaba un dígito en el exponente</translation>
    </message>
    <message>
        <source>a number too large to store</source>
        <translation>un número demasiado grande para almacenarlo</translation>
    </message>
    <message>
        <source>(document): the file starts with a byte order mark (BOM); save it as UTF-8 without BOM</source>
        <translation>(documento): el archivo empieza con una marca de orden de bytes (BOM); guárdelo como UTF-8 sin BOM</translation>
    </message>
    <message>
        <source>(document): the file is not valid UTF-8 text</source>
        <translation>(documento): el archivo no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>more than %L1 keys in one object, the limit</source>
        <translation>más de %L1 claves en un objeto, que es el límite</translation>
    </message>
    <message>
        <source>more than %L1 entries in one list, the limit</source>
        <translation>más de %L1 entradas en una lista, que es el límite</translation>
    </message>
</context>
<context>
    <name>smout::io::JsonWriter</name>
    <message>
        <source>%1: contains a lone surrogate (U+%2), which is not a character; the text cannot be saved as UTF-8</source>
        <translation>%1: contiene un sustituto aislado (U+%2), que no es un carácter; el texto no se puede guardar como UTF-8</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
</context>
<context>
    <name>smout::io::SmoutFiles</name>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: no se puede abrir (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: writing failed (%2); the previous file is unchanged</source>
        <translation>%1: error al escribir (%2); el archivo anterior no se modificó</translation>
    </message>
    <message>
        <source>%1: saving failed (%2); the previous file is unchanged</source>
        <translation>%1: error al guardar (%2); el archivo anterior no se modificó</translation>
    </message>
    <message>
        <source>standard input: cannot be read</source>
        <translation>entrada estándar: no se puede leer</translation>
    </message>
    <message>
        <source>%1: larger than %2, too large for this kind of file</source>
        <translation>%1: supera %2, demasiado grande para este tipo de archivo</translation>
    </message>
    <message>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <source>%L1 KB</source>
        <translation>%L1 KB</translation>
    </message>
    <message>
        <source>%1: not saved, because it would not open again: %2</source>
        <translation>%1: no se guardó, porque no se podría volver a abrir: %2</translation>
    </message>
</context>
<context>
    <name>smout::io::SmoutReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD or null</source>
        <translation>una fecha AAAA-MM-DD o null</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null, got &quot;%1&quot;</source>
        <translation>se esperaba una fecha AAAA-MM-DD o null, se encontró «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation>«%1» no es una fecha válida</translation>
    </message>
    <message>
        <source>one of %1%2</source>
        <translation>uno de %1%2</translation>
    </message>
    <message>
        <source> or null</source>
        <translation> o null</translation>
    </message>
    <message>
        <source>expected %1, got &quot;%2&quot;</source>
        <translation>se esperaba %1, se encontró «%2»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a character position (a whole number from 0)</source>
        <translation>una posición de carácter (un número entero desde 0)</translation>
    </message>
    <message>
        <source>a redaction needs both &quot;start&quot; and &quot;end&quot;, or neither (the whole value)</source>
        <translation>una tachadura necesita tanto &quot;start&quot; como &quot;end&quot;, o ninguno de los dos (el valor completo)</translation>
    </message>
    <message>
        <source>the redaction starts after its end</source>
        <translation>la tachadura empieza después de su final</translation>
    </message>
    <message>
        <source>missing; this is not a .smout document (expected &quot;format&quot;: &quot;smout&quot;)</source>
        <translation>falta; esto no es un documento .smout (se esperaba &quot;format&quot;: &quot;smout&quot;)</translation>
    </message>
    <message>
        <source>&quot;smout&quot;</source>
        <translation>&quot;smout&quot;</translation>
    </message>
    <message>
        <source>expected &quot;smout&quot;, got &quot;%1&quot;; this is not a .smout document</source>
        <translation>se esperaba &quot;smout&quot;, se encontró «%1»; esto no es un documento .smout</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>falta (se esperaba %1)</translation>
    </message>
    <message>
        <source>a whole number from 1</source>
        <translation>un número entero desde 1</translation>
    </message>
    <message>
        <source>this document uses format version %1, newer than the version %2 this SMOUT Studio understands; open it with a newer SMOUT Studio</source>
        <translation>este documento usa la versión de formato %1, más reciente que la versión %2 que entiende este SMOUT Studio; ábralo con una versión más reciente de SMOUT Studio</translation>
    </message>
    <message>
        <source>a request needs an id such as &quot;R1&quot;</source>
        <translation>una solicitud requiere un identificador, como &quot;R1&quot;</translation>
    </message>
    <message>
        <source>&quot;counsel&quot; or &quot;reviewer&quot;</source>
        <translation>&quot;counsel&quot; o &quot;reviewer&quot;</translation>
    </message>
    <message>
        <source>a closed request needs {&quot;by&quot;, &quot;date&quot;}</source>
        <translation>una solicitud cerrada requiere {&quot;by&quot;, &quot;date&quot;}</translation>
    </message>
    <message>
        <source>the request has a &quot;closed&quot; record but is not &quot;closed&quot;</source>
        <translation>la solicitud tiene un registro &quot;closed&quot;, pero su estado no es &quot;closed&quot;</translation>
    </message>
    <message>
        <source>an answered request needs {&quot;text&quot;, &quot;by&quot;, &quot;date&quot;}</source>
        <translation>una solicitud respondida requiere {&quot;text&quot;, &quot;by&quot;, &quot;date&quot;}</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier request</source>
        <translation>el identificador «%1» ya lo usa una solicitud anterior</translation>
    </message>
    <message>
        <source>more than %L1 entries, the limit</source>
        <translation>más de %L1 entradas, que es el límite</translation>
    </message>
    <message>
        <source>(document): the file is larger than %1, the limit; a SMOUT is never this large</source>
        <translation>(documento): el archivo supera %1, que es el límite; un SMOUT nunca es tan grande</translation>
    </message>
    <message>
        <source>(document): more than %1 of data (white space between values not counted), the limit; a SMOUT is never this large</source>
        <translation>(documento): más de %1 de datos (sin contar los espacios en blanco entre valores), que es el límite; un SMOUT nunca es tan grande</translation>
    </message>
</context>
<context>
    <name>smout::legacy::LegacyText</name>
    <message>
        <source>not a readable .docx: %1</source>
        <translation>no es un .docx legible: %1</translation>
    </message>
    <message>
        <source>the .docx is password-protected: remove the password in Word and import again</source>
        <translation>el .docx está protegido con contraseña: quite la contraseña en Word y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the .docx holds a document type declaration (DTD), which is refused</source>
        <translation>el .docx contiene una declaración de tipo de documento (DTD), que se rechaza</translation>
    </message>
    <message>
        <source>the .docx refers to an entity, which is refused</source>
        <translation>el .docx hace referencia a una entidad, lo que se rechaza</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>párrafo %1</translation>
    </message>
    <message>
        <source>the .docx&apos;s word/document.xml is not well-formed XML: %1</source>
        <translation>el word/document.xml del .docx no es XML bien formado: %1</translation>
    </message>
    <message>
        <source>not found in the source</source>
        <translation>no se encontró en el origen</translation>
    </message>
    <message>
        <source>the file is an encrypted (password-protected) or old-format Word file: remove the password, or save it as .docx, and import again</source>
        <translation>el archivo es un archivo de Word cifrado (protegido con contraseña) o de formato antiguo: quite la contraseña o guárdelo como .docx, y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the file is neither .docx, PDF nor UTF-8 text</source>
        <translation>el archivo no es .docx, ni PDF, ni texto UTF-8</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>no se puede leer el PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected: remove the password and import again</source>
        <translation>el PDF está protegido con contraseña: quite la contraseña y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the %2 read</source>
        <translation>el PDF tiene %1 páginas, más de las %2 que se leen</translation>
    </message>
    <message>
        <source>page %1, paragraph %2</source>
        <translation>página %1, párrafo %2</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?): run OCR on it first (for example ocrmypdf), then import the result</source>
        <translation>el PDF no tiene capa de texto (¿es un escaneo?): aplíquele primero OCR (por ejemplo, con ocrmypdf) y luego importe el resultado</translation>
    </message>
    <message>
        <source>category from the description: &quot;for %1 purposes&quot;</source>
        <translation>categoría tomada de la descripción: «for %1 purposes»</translation>
    </message>
    <message>
        <source>no box is clearly checked at %1</source>
        <translation>no hay ninguna casilla claramente marcada en %1</translation>
    </message>
    <message>
        <source>the copy shows no check marks; the launch date, which the form asks of operational uses only, is answered (&quot;%1&quot;)</source>
        <translation>la copia no muestra ninguna casilla marcada; la fecha de puesta en marcha, que el formulario solo pide para los usos operativos, tiene respuesta («%1»)</translation>
    </message>
    <message>
        <source>the status line was not found</source>
        <translation>no se encontró la línea de estado</translation>
    </message>
    <message>
        <source>the Yes/No line of this rule was not found</source>
        <translation>no se encontró la línea Yes/No de esta norma</translation>
    </message>
    <message>
        <source>the copy shows no check marks; no reasons follow &quot;If not, please explain&quot;</source>
        <translation>la copia no muestra ninguna casilla marcada; no hay motivos después de «If not, please explain»</translation>
    </message>
    <message>
        <source>the copy shows no check marks; reasons follow &quot;If not, please explain&quot;</source>
        <translation>la copia no muestra ninguna casilla marcada; hay motivos después de «If not, please explain»</translation>
    </message>
    <message>
        <source>the box is not checked at %1</source>
        <translation>la casilla no está marcada en %1</translation>
    </message>
    <message>
        <source>the copy shows no check marks at %1</source>
        <translation>la copia no muestra ninguna casilla marcada en %1</translation>
    </message>
    <message>
        <source>no single outcome box is clearly checked</source>
        <translation>no hay ningún resultado con la casilla claramente marcada</translation>
    </message>
    <message>
        <source>the copy shows no check marks</source>
        <translation>la copia no muestra ninguna casilla marcada</translation>
    </message>
    <message>
        <source>the copy shows no check marks; ids are listed under &quot;Covered by existing&quot;</source>
        <translation>la copia no muestra ninguna casilla marcada; se indican identificadores en «Covered by existing»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not a date</source>
        <translation>«%1» en %2 no es una fecha</translation>
    </message>
    <message>
        <source>given with --component</source>
        <translation>indicado con --component</translation>
    </message>
    <message>
        <source>component from the PIA id %1</source>
        <translation>componente tomado del identificador de PIA %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component the format knows</source>
        <translation>«%1» no es un componente que el formato conozca</translation>
    </message>
    <message>
        <source>the 2012 edition has no screening boxes; a filled template claims no exemption</source>
        <translation>la edición de 2012 no tiene casillas de evaluación previa; una plantilla completada no declara ninguna exención</translation>
    </message>
    <message>
        <source>the 2012 edition has no designation; taken from the ids under &quot;Covered by existing&quot;</source>
        <translation>la edición de 2012 no tiene designación; se tomó de los identificadores en «Covered by existing»</translation>
    </message>
    <message>
        <source>no SMOUT headings found</source>
        <translation>no se encontraron encabezados de SMOUT</translation>
    </message>
    <message>
        <source>the document names the component %1, not %2</source>
        <translation>el documento indica el componente %1, no %2</translation>
    </message>
    <message>
        <source>cannot start decompression</source>
        <translation>no se puede iniciar la descompresión</translation>
    </message>
    <message>
        <source>a part inflates beyond the size the zip declares</source>
        <translation>una parte se descomprime más allá del tamaño que declara el zip</translation>
    </message>
    <message>
        <source>a part of the zip is damaged</source>
        <translation>una parte del zip está dañada</translation>
    </message>
    <message>
        <source>the zip file is truncated</source>
        <translation>el archivo zip está truncado</translation>
    </message>
    <message>
        <source>the zip file has no central directory</source>
        <translation>el archivo zip no tiene directorio central</translation>
    </message>
    <message>
        <source>ZIP64 files are not read</source>
        <translation>no se leen archivos ZIP64</translation>
    </message>
    <message>
        <source>the zip file has %1 entries, more than the %2 read</source>
        <translation>el archivo zip tiene %1 entradas, más de las %2 que se leen</translation>
    </message>
    <message>
        <source>the zip file&apos;s central directory lies outside the file</source>
        <translation>el directorio central del archivo zip está fuera del archivo</translation>
    </message>
    <message>
        <source>the zip file&apos;s central directory is damaged</source>
        <translation>el directorio central del archivo zip está dañado</translation>
    </message>
    <message>
        <source>the zip file holds the part %1 twice</source>
        <translation>el archivo zip contiene dos veces la parte %1</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>falta la parte %1</translation>
    </message>
    <message>
        <source>the part %1 is encrypted</source>
        <translation>la parte %1 está cifrada</translation>
    </message>
    <message>
        <source>the part %1 is %2 bytes uncompressed, more than the %3 read</source>
        <translation>la parte %1 ocupa %2 bytes sin comprimir, más de los %3 que se leen</translation>
    </message>
    <message>
        <source>the part %1 inflates more than %2 times: refused as a zip bomb</source>
        <translation>la parte %1 se descomprime más de %2 veces: se rechaza como bomba zip</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>la parte %1 está dañada</translation>
    </message>
    <message>
        <source>the part %1 is truncated</source>
        <translation>la parte %1 está truncada</translation>
    </message>
    <message>
        <source>the part %1 uses a compression method other than deflate</source>
        <translation>la parte %1 usa un método de compresión distinto de deflate</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum)</source>
        <translation>la parte %1 está dañada (suma de comprobación)</translation>
    </message>
</context>
<context>
    <name>smout::pdf::EmbeddedDocument</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>No se pudo completar el PDF: %1</translation>
    </message>
    <message>
        <source>the PDF holds no embedded SMOUT document (%1); it was not exported by SMOUT Studio, or it is a release copy</source>
        <translation>el PDF no contiene ningún documento SMOUT incrustado (%1); no lo exportó SMOUT Studio, o es una copia para divulgación</translation>
    </message>
    <message>
        <source>not a readable PDF (%1)</source>
        <translation>no es un PDF legible (%1)</translation>
    </message>
    <message>
        <source>the PDF lists the embedded file %1 %2 times; which one counts is ambiguous, so none is read</source>
        <translation>el PDF enumera %2 veces el archivo incrustado %1; no está claro cuál es el válido, así que no se lee ninguno</translation>
    </message>
    <message>
        <source>the embedded file %1 decompresses to more than %2, the limit</source>
        <translation>el archivo incrustado %1 ocupa más de %2 al descomprimirse, que es el límite</translation>
    </message>
</context>
<context>
    <name>smout::pdf::GlyphCoverage</name>
    <message>
        <source>%1: %2 has no glyph in any installed font; the PDF shows %3</source>
        <translation>%1: %2 no tiene glifo en ninguna fuente instalada; el PDF muestra %3</translation>
    </message>
</context>
<context>
    <name>smout::pdf::PdfExporter</name>
    <message>
        <source>Social Media Operational Use Template (MD 110-01), document %1%2</source>
        <translation>Plantilla de uso operativo de redes sociales (MD 110-01), documento %1%2</translation>
    </message>
    <message>
        <source>, FOIA release copy</source>
        <translation>, copia para divulgación en virtud de la FOIA</translation>
    </message>
    <message>
        <source>the embedded document is damaged: %1</source>
        <translation>el documento incrustado está dañado: %1</translation>
    </message>
    <message>
        <source>the document cannot be embedded, because it would not open again: %1</source>
        <translation>no se puede incrustar el documento, porque no se podría volver a abrir: %1</translation>
    </message>
</context>
<context>
    <name>smout::pdf::PdfRenderer</name>
    <message>
        <source>DRAFT — NOT VALIDATED</source>
        <translation>BORRADOR — NO VALIDADO</translation>
    </message>
    <message>
        <source>Component not named</source>
        <translation>Componente sin indicar</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Program office: submitted for DHS Privacy Office adjudication</source>
        <translation>Oficina del programa: presentado para la resolución de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>Counsel: certifies that appropriate authority exists for the operational use described</source>
        <translation>Asesoría jurídica: certifica que existe la autoridad adecuada para el uso operativo descrito</translation>
    </message>
    <message>
        <source>DHS Privacy Office reviewer: determination</source>
        <translation>Revisor de la Oficina de Privacidad del DHS: determinación</translation>
    </message>
    <message>
        <source>SIGNATURES</source>
        <translation>FIRMAS</translation>
    </message>
    <message>
        <source>RELEASE COPY — FOIA exemptions applied</source>
        <translation>COPIA PARA DIVULGACIÓN — exenciones de la FOIA aplicadas</translation>
    </message>
    <message>
        <source>Signature box: %1</source>
        <translation>Recuadro de firma: %1</translation>
    </message>
    <message>
        <source>Signed by %1
%2
verified inside the embedded submission</source>
        <translation>Firmado por %1
%2
verificado dentro de la presentación incrustada</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(no date given)</source>
        <translation>(sin fecha)</translation>
    </message>
</context>
<context>
    <name>smout::pdf::ReleaseCopy</name>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>«%1» en %2</translation>
    </message>
    <message>
        <source>the release copy was refused: withheld text was found in it when it was read back:
%1</source>
        <translation>se rechazó la copia para divulgación: al volver a leerla se encontró texto retenido:
%1</translation>
    </message>
    <message>
        <source>the release copy was refused: %1 could not be read back as written</source>
        <translation>se rechazó la copia para divulgación: %1 no se pudo volver a leer tal como se escribió</translation>
    </message>
</context>
<context>
    <name>smout::pdf::StructureCollector</name>
    <message>
        <source>Checked: </source>
        <translation>Marcado: </translation>
    </message>
    <message>
        <source>Not checked: </source>
        <translation>No marcado: </translation>
    </message>
</context>
<context>
    <name>smout::pdf::StructureTagger</name>
    <message>
        <source>The PDF could not be tagged: the renderer described no structure.</source>
        <translation>No se pudo etiquetar el PDF: el generador no describió ninguna estructura.</translation>
    </message>
    <message>
        <source>The PDF could not be tagged: %1</source>
        <translation>No se pudo etiquetar el PDF: %1</translation>
    </message>
</context>
<context>
    <name>smout::release::ImpliedAnswers</name>
    <message>
        <source>%1 is withheld, but the release shows %2, which %3</source>
        <translation>%1 está retenido, pero la copia para divulgación muestra %2, que %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>implies the use is operational: withhold the date too</source>
        <translation>implica que el uso es operativo: retenga también la fecha</translation>
    </message>
    <message>
        <source>tells the categories of use: withhold them too</source>
        <translation>revela las categorías de uso: reténgalas también</translation>
    </message>
    <message>
        <source>identifies the SORN: withhold it too</source>
        <translation>identifica el SORN: reténgalo también</translation>
    </message>
</context>
<context>
    <name>smout::release::MarkingCheck</name>
    <message>
        <source>marking %1 (%2, %3)</source>
        <translation>marca %1 (%2, %3)</translation>
    </message>
    <message>
        <source>the list entry it covered was removed: remove the marking, or undo the removal</source>
        <translation>se eliminó la entrada de la lista que cubría: elimine la marca o deshaga la eliminación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exemption a release can cite (%2, or several of them separated by commas)</source>
        <translation>«%1» no es una exención que una divulgación pueda citar (%2, o varias de ellas separadas por comas)</translation>
    </message>
    <message>
        <source>the document has no field %1</source>
        <translation>el documento no tiene el campo %1</translation>
    </message>
    <message>
        <source>%1 is not part of the form and cannot be withheld</source>
        <translation>%1 no forma parte del formulario y no se puede retener</translation>
    </message>
    <message>
        <source>a date, answer or code is withheld whole: remove the character range</source>
        <translation>una fecha, respuesta o código se retiene completo: elimine el intervalo de caracteres</translation>
    </message>
    <message numerus="yes">
        <source>characters %1 to %2 are outside the value, which has %n character(s)</source>
        <translation>
            <numerusform>los caracteres %1 a %2 están fuera del valor, que tiene %n carácter</numerusform>
            <numerusform>los caracteres %1 a %2 están fuera del valor, que tiene %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>it covers no text any more: the text it covered was edited away</source>
        <translation>ya no cubre ningún texto: el texto que cubría se eliminó al editar</translation>
    </message>
    <message>
        <source>the value is empty: there is nothing to withhold</source>
        <translation>el valor está vacío: no hay nada que retener</translation>
    </message>
    <message>
        <source>the range splits a character in two</source>
        <translation>el intervalo parte un carácter en dos</translation>
    </message>
    <message>
        <source>%1 holds a code, which a release cannot replace by a label</source>
        <translation>%1 contiene un código, que una divulgación no puede sustituir por un rótulo</translation>
    </message>
    <message>
        <source>mark the fields or the entries of %1 one by one</source>
        <translation>marque los campos o las entradas de %1 uno por uno</translation>
    </message>
    <message>
        <source>marking %1 (%2, %3) overlaps marking %4 (%5, %6) but cites other exemptions: make them one marking or separate them</source>
        <translation>la marca %1 (%2, %3) se superpone a la marca %4 (%5, %6), pero cita otras exenciones: únalas en una sola marca o sepárelas</translation>
    </message>
    <message>
        <source>%1 is part of a choice of the form; mark the choice itself</source>
        <translation>%1 forma parte de una opción del formulario; marque la opción en sí</translation>
    </message>
</context>
<context>
    <name>smout::release::MarkingCommand</name>
    <message>
        <source>Mark %1 for withholding</source>
        <translation>Marcar %1 para su retención</translation>
    </message>
    <message>
        <source>Change the exemptions of %1</source>
        <translation>Cambiar las exenciones de %1</translation>
    </message>
    <message>
        <source>Remove the marking of %1</source>
        <translation>Quitar la marca de %1</translation>
    </message>
</context>
<context>
    <name>smout::release::PersonalDataScan</name>
    <message>
        <source>%1 holds the e-mail address %2, not marked for withholding</source>
        <translation>%1 contiene la dirección de correo electrónico %2, sin marcar para su retención</translation>
    </message>
    <message>
        <source>%1 holds the phone number %2, not marked for withholding</source>
        <translation>%1 contiene el número de teléfono %2, sin marcar para su retención</translation>
    </message>
    <message>
        <source>%1 names a person (%2), not marked for withholding</source>
        <translation>%1 nombra a una persona (%2), sin marcar para su retención</translation>
    </message>
</context>
<context>
    <name>smout::release::RedactedCopy</name>
    <message numerus="yes">
        <source>the release copy was not made, because %n marking(s) cannot be applied exactly:
%1</source>
        <translation>
            <numerusform>no se creó la copia para divulgación porque %n marca no se puede aplicar con exactitud:
%1</numerusform>
            <numerusform>no se creó la copia para divulgación porque %n marcas no se pueden aplicar con exactitud:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the release copy was not made, because withheld text is still in the document:
%1</source>
        <translation>no se creó la copia para divulgación porque todavía hay texto retenido en el documento:
%1</translation>
    </message>
    <message>
        <source>the release copy was not made: %1</source>
        <translation>no se creó la copia para divulgación: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is withheld in %2, yet also appears unmarked in %3</source>
        <translation>«%1» está retenido en %2, pero también aparece sin marcar en %3</translation>
    </message>
</context>
<context>
    <name>smout::release::ReleaseXray</name>
    <message>
        <source> (stream)</source>
        <translation> (flujo)</translation>
    </message>
    <message>
        <source>(the release could not be read back, so it cannot be checked)</source>
        <translation>(no se pudo volver a leer la divulgación, por lo que no se puede comprobar)</translation>
    </message>
    <message>
        <source>text of page %1</source>
        <translation>texto de la página %1</translation>
    </message>
    <message>
        <source>document information %1</source>
        <translation>información del documento %1</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>metadatos XMP</translation>
    </message>
    <message>
        <source>attachment name</source>
        <translation>nombre del anexo</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>anexo %1</translation>
    </message>
    <message>
        <source>PDF object %1</source>
        <translation>objeto PDF %1</translation>
    </message>
    <message>
        <source>PDF trailer</source>
        <translation>trailer del PDF</translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation>los bytes del archivo</translation>
    </message>
</context>
<context>
    <name>smout::review::RequestLog</name>
    <message>
        <source>there is no request %1: the document has no requests</source>
        <translation>no existe la solicitud %1: el documento no tiene solicitudes</translation>
    </message>
    <message>
        <source>there is no request %1 (the document has %2)</source>
        <translation>no existe la solicitud %1 (el documento tiene %2)</translation>
    </message>
    <message>
        <source>the request has no text: say what information is needed</source>
        <translation>la solicitud no tiene texto: indique qué información se necesita</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this document (a key path such as questions.q1_description, or &quot;&quot; for the whole document)</source>
        <translation>«%1» no es un campo de este documento (indique una ruta de clave como questions.q1_description, o &quot;&quot; para todo el documento)</translation>
    </message>
    <message>
        <source>request %1 is closed and takes no more answers</source>
        <translation>la solicitud %1 está cerrada y no admite más respuestas</translation>
    </message>
    <message>
        <source>request %1: the answer has no text</source>
        <translation>solicitud %1: la respuesta no tiene texto</translation>
    </message>
    <message>
        <source>request %1: only %2, who asked it, closes it</source>
        <translation>solicitud %1: solo puede cerrarla %2, que la formuló</translation>
    </message>
    <message>
        <source>request %1 is already closed</source>
        <translation>la solicitud %1 ya está cerrada</translation>
    </message>
    <message>
        <source>only %1 or %2 asks for additional information</source>
        <translation>solo %1 o %2 solicita información adicional</translation>
    </message>
    <message>
        <source>request %1: only %2 (%3) answers; %4 asked it</source>
        <translation>solicitud %1: solo %2 (%3) responde; la hizo %4</translation>
    </message>
</context>
<context>
    <name>smout::signing::ArchiveRevision</name>
    <message>
        <source>the PDF does not end with a cross-reference section and %%EOF</source>
        <translation>el PDF no termina con una sección de referencias cruzadas y %%EOF</translation>
    </message>
    <message>
        <source>the PDF carries no signature to archive</source>
        <translation>el PDF no contiene ninguna firma que archivar</translation>
    </message>
    <message>
        <source>the PDF is encrypted</source>
        <translation>el PDF está cifrado</translation>
    </message>
    <message>
        <source>the PDF&apos;s structure is not one SMOUT Studio writes to</source>
        <translation>la estructura del PDF no es una en la que SMOUT Studio escriba</translation>
    </message>
    <message>
        <source>the timestamp token (%1 bytes) does not fit the %2 bytes kept for it</source>
        <translation>el token de sello de tiempo (%1 bytes) no cabe en los %2 bytes reservados para él</translation>
    </message>
    <message>
        <source>not a readable PDF: %1</source>
        <translation>no es un PDF legible: %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::CertificateList</name>
    <message>
        <source>a certificate authority&apos;s certificate, not a signer&apos;s</source>
        <translation>un certificado de una autoridad de certificación, no de un firmante</translation>
    </message>
    <message>
        <source>its key usage (%1) is for logging in, not for signing documents: it lacks nonRepudiation</source>
        <translation>su uso de la clave (%1) es para iniciar sesión, no para firmar documentos: le falta nonRepudiation</translation>
    </message>
    <message>
        <source>its key usage (%1) does not allow signing</source>
        <translation>su uso de la clave (%1) no permite firmar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>no válido antes del %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>venció el %1</translation>
    </message>
    <message>
        <source>no certificate database is open</source>
        <translation>no hay ninguna base de datos de certificados abierta</translation>
    </message>
</context>
<context>
    <name>smout::signing::CmsSignature</name>
    <message>
        <source>the signature could not be made (%1, NSS error %2); nothing was signed</source>
        <translation>no se pudo crear la firma (%1, error de NSS %2); no se firmó nada</translation>
    </message>
    <message>
        <source>the signature could not be made (no certificate or no SHA-256 digest); nothing was signed</source>
        <translation>no se pudo crear la firma (no hay certificado o no hay resumen SHA-256); no se firmó nada</translation>
    </message>
</context>
<context>
    <name>smout::signing::ContentDifference</name>
    <message>
        <source>text or shapes on page %1 are drawn %2% opaque (%3)</source>
        <translation>el texto o las formas de la página %1 se dibujan con una opacidad del %2 % (%3)</translation>
    </message>
    <message>
        <source>what page %1 draws is seen through a soft mask that can hide it (/SMask)</source>
        <translation>lo que dibuja la página %1 se ve a través de una máscara suave que puede ocultarlo (/SMask)</translation>
    </message>
    <message>
        <source>page %1 blends what it draws with what lies under it (/BM)</source>
        <translation>la página %1 mezcla lo que dibuja con lo que hay debajo (/BM)</translation>
    </message>
    <message>
        <source>page %1 sets a graphics state (%2) that SMOUT Studio&apos;s rendering of the data does not set (gs)</source>
        <translation>la página %1 establece un estado gráfico (%2) que la representación de los datos de SMOUT Studio no establece (gs)</translation>
    </message>
    <message>
        <source>text on page %1 is drawn invisible (rendering mode %2)</source>
        <translation>el texto de la página %1 se dibuja invisible (modo de representación %2)</translation>
    </message>
    <message>
        <source>text on page %1 is drawn in rendering mode %2, which SMOUT Studio never uses (Tr)</source>
        <translation>el texto de la página %1 se dibuja en el modo de representación %2, que SMOUT Studio nunca usa (Tr)</translation>
    </message>
    <message>
        <source>text on page %1 is squeezed to %2% of its width (Tz)</source>
        <translation>el texto de la página %1 se comprime al %2 % de su anchura (Tz)</translation>
    </message>
    <message>
        <source>text on page %1 is set at size %2, a size SMOUT Studio never uses for it (Tf)</source>
        <translation>el texto de la página %1 tiene el tamaño %2, que SMOUT Studio nunca usa para él (Tf)</translation>
    </message>
    <message>
        <source>a clipping path on page %1 can hide text (%2)</source>
        <translation>un trazado de recorte en la página %1 puede ocultar texto (%2)</translation>
    </message>
    <message>
        <source>an image (%1) is drawn on page %2 (Do)</source>
        <translation>se dibuja una imagen (%1) en la página %2 (Do)</translation>
    </message>
    <message>
        <source>a drawing (%1) that SMOUT Studio&apos;s rendering of the data does not hold is drawn on page %2 (Do)</source>
        <translation>se dibuja en la página %2 un dibujo (%1) que no figura en la representación de los datos de SMOUT Studio (Do)</translation>
    </message>
    <message>
        <source>part of page %1 is drawn in an optional-content layer that viewers may hide (/OC)</source>
        <translation>parte de la página %1 se dibuja en una capa de contenido opcional que los visores pueden ocultar (/OC)</translation>
    </message>
    <message>
        <source>an image is drawn on page %1 (inline image, BI)</source>
        <translation>se dibuja una imagen en la página %1 (imagen en línea, BI)</translation>
    </message>
    <message>
        <source>text on page %1 carries a replacement text that is read instead of what is drawn (/ActualText)</source>
        <translation>el texto de la página %1 lleva un texto de sustitución que se lee en lugar de lo que se dibuja (/ActualText)</translation>
    </message>
    <message>
        <source>text on page %1 is drawn in white (%2)</source>
        <translation>el texto de la página %1 se dibuja en blanco (%2)</translation>
    </message>
    <message>
        <source>a white shape covers text on page %1 (%2, %3)</source>
        <translation>una forma blanca cubre texto en la página %1 (%2, %3)</translation>
    </message>
    <message>
        <source>page %1 fills shapes that SMOUT Studio&apos;s rendering of the data does not draw (%2): they can cover text or draw letters as outlines</source>
        <translation>la página %1 rellena formas que la representación de los datos de SMOUT Studio no dibuja (%2): pueden cubrir texto o dibujar letras como contornos</translation>
    </message>
    <message>
        <source>page %1 draws text that SMOUT Studio&apos;s rendering of the data does not draw</source>
        <translation>la página %1 dibuja texto que la representación de los datos de SMOUT Studio no dibuja</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>page %1 is drawn otherwise than SMOUT Studio draws the embedded data from its drawing operation %2 on: the page has &quot;%3&quot; where the data&apos;s rendering has &quot;%4&quot;</source>
        <translation>la página %1 se dibuja de otra manera que como SMOUT Studio dibuja los datos incrustados a partir de su operación de dibujo %2: la página tiene «%3» donde la representación de los datos tiene «%4»</translation>
    </message>
    <message>
        <source>the letters its glyphs read as (/ToUnicode)</source>
        <translation>las letras que se leen en sus glifos (/ToUnicode)</translation>
    </message>
    <message>
        <source>which glyph each code draws (/CIDToGIDMap)</source>
        <translation>qué glifo dibuja cada código (/CIDToGIDMap)</translation>
    </message>
    <message>
        <source>the glyphs it draws (%1)</source>
        <translation>los glifos que dibuja (%1)</translation>
    </message>
    <message>
        <source>its glyph widths (%1)</source>
        <translation>la anchura de sus glifos (%1)</translation>
    </message>
    <message>
        <source>which glyph each code draws (%1)</source>
        <translation>qué glifo dibuja cada código (%1)</translation>
    </message>
    <message>
        <source>its entries</source>
        <translation>sus entradas</translation>
    </message>
    <message>
        <source>font %1 on page %2 is not the font SMOUT Studio embeds for this text: it differs in %3</source>
        <translation>la fuente %1 de la página %2 no es la que SMOUT Studio incrusta para este texto: difiere en %3</translation>
    </message>
    <message>
        <source>graphics state %1 on page %2 differs from SMOUT Studio&apos;s (%3)</source>
        <translation>el estado gráfico %1 de la página %2 difiere del de SMOUT Studio (%3)</translation>
    </message>
    <message>
        <source>drawing %1 on page %2 differs from SMOUT Studio&apos;s (%3)</source>
        <translation>el dibujo %1 de la página %2 difiere del de SMOUT Studio (%3)</translation>
    </message>
    <message>
        <source>page %1 differs from SMOUT Studio&apos;s rendering of the data in its entries (%2)</source>
        <translation>la página %1 difiere de la representación de los datos de SMOUT Studio en sus entradas (%2)</translation>
    </message>
    <message>
        <source>the page dictionary</source>
        <translation>el diccionario de la página</translation>
    </message>
</context>
<context>
    <name>smout::signing::DocumentTimestamps</name>
    <message>
        <source>the document timestamp covers no revision of the file</source>
        <translation>el sello de tiempo del documento no abarca ninguna revisión del archivo</translation>
    </message>
    <message>
        <source>the document timestamp stamps other bytes than the file it covers (the file was changed, or the token was taken from elsewhere)</source>
        <translation>el sello de tiempo del documento sella bytes distintos de los del archivo que abarca (el archivo se modificó o el token se tomó de otro lugar)</translation>
    </message>
</context>
<context>
    <name>smout::signing::HttpExchange</name>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 no respondió en %2 segundos</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes</source>
        <translation>%1 respondió con más de %2 bytes</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>no se pudo consultar %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 respondió con el estado HTTP %2</translation>
    </message>
</context>
<context>
    <name>smout::signing::NssDatabase</name>
    <message>
        <source>%1: %2 is not installed (Debian package libnss3-tools)</source>
        <translation>%1: %2 no está instalado (paquete de Debian libnss3-tools)</translation>
    </message>
    <message>
        <source>another certificate database is already open in this session</source>
        <translation>ya hay otra base de datos de certificados abierta en esta sesión</translation>
    </message>
    <message>
        <source>%1 is not an NSS certificate database (no cert9.db)</source>
        <translation>%1 no es una base de datos de certificados NSS (no contiene cert9.db)</translation>
    </message>
    <message>
        <source>creating the certificate database</source>
        <translation>creando la base de datos de certificados</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>frase de contraseña incorrecta para %1</translation>
    </message>
    <message>
        <source>trusting %1</source>
        <translation>confiando en %1</translation>
    </message>
    <message>
        <source>no certificate database is open</source>
        <translation>no hay ninguna base de datos de certificados abierta</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la frase de contraseña está vacía</translation>
    </message>
    <message>
        <source>the certificate database %1 has a passphrase already</source>
        <translation>la base de datos de certificados %1 ya tiene frase de contraseña</translation>
    </message>
    <message>
        <source>the certificate database %1 cannot be changed</source>
        <translation>no se puede modificar la base de datos de certificados %1</translation>
    </message>
    <message>
        <source>the passphrase of the certificate database %1 could not be set (NSS error %2)</source>
        <translation>no se pudo establecer la frase de contraseña de la base de datos de certificados %1 (error de NSS %2)</translation>
    </message>
</context>
<context>
    <name>smout::signing::OcspResponses</name>
    <message>
        <source>an OCSP response about %1 is signed by %2, which its issuer did not certify; it is not trusted</source>
        <translation>una respuesta OCSP sobre %1 está firmada por %2, a quien su emisor no certificó; no es de confianza</translation>
    </message>
    <message>
        <source>an OCSP response about %1 is signed by %2, whose certificate is not for OCSP signing (extended key usage); it is not trusted</source>
        <translation>una respuesta OCSP sobre %1 está firmada por %2, cuyo certificado no es para firmar OCSP (uso extendido de clave); no es de confianza</translation>
    </message>
    <message>
        <source>an OCSP response about %1 is not signed by its issuer (%2) or a responder it certified; it is not trusted</source>
        <translation>una respuesta OCSP sobre %1 no está firmada por su emisor (%2) ni por un respondedor que este certificó; no es de confianza</translation>
    </message>
</context>
<context>
    <name>smout::signing::OnlineRevocation</name>
    <message>
        <source>%1: the CRL distribution point %2 is not an http URL; not fetched</source>
        <translation>%1: el punto de distribución de CRL %2 no es una URL http; no se obtuvo</translation>
    </message>
    <message>
        <source>%1: no CRL: %2</source>
        <translation>%1: sin CRL: %2</translation>
    </message>
    <message>
        <source>%1: %2 did not send a CRL its issuer signed; it is not used</source>
        <translation>%1: %2 no envió una CRL firmada por su emisor; no se usa</translation>
    </message>
    <message>
        <source>%1: CRL from %2</source>
        <translation>%1: CRL de %2</translation>
    </message>
    <message>
        <source>%1: the OCSP responder %2 is not an http URL; not asked</source>
        <translation>%1: el respondedor OCSP %2 no es una URL http; no se consultó</translation>
    </message>
    <message>
        <source>%1: no OCSP response: %2</source>
        <translation>%1: sin respuesta OCSP: %2</translation>
    </message>
    <message>
        <source>%1: %2 did not answer with an OCSP response about it; it is not used</source>
        <translation>%1: %2 no respondió con una respuesta OCSP sobre él; no se usa</translation>
    </message>
    <message>
        <source>%1: OCSP response from %2</source>
        <translation>%1: respuesta OCSP de %2</translation>
    </message>
</context>
<context>
    <name>smout::signing::PageAmbiguity</name>
    <message>
        <source>the page tree is nested deeper than viewers follow (%1 levels)</source>
        <translation>el árbol de páginas tiene más niveles de los que siguen los visores (%1 niveles)</translation>
    </message>
    <message>
        <source>the page tree reaches object %1 twice, so viewers disagree about the pages and their order</source>
        <translation>el árbol de páginas llega dos veces al objeto %1, por lo que los visores no coinciden en las páginas ni en su orden</translation>
    </message>
    <message>
        <source>the page tree passes %1 down to the pages under it, which SMOUT Studio never writes and readers may inherit differently</source>
        <translation>el árbol de páginas transmite %1 a las páginas que dependen de él, algo que SMOUT Studio nunca escribe y que los lectores pueden heredar de formas distintas</translation>
    </message>
    <message>
        <source>a node of the page tree lists no pages (/Kids)</source>
        <translation>un nodo del árbol de páginas no indica ninguna página (/Kids)</translation>
    </message>
    <message>
        <source>the page tree says it holds %1 pages where it holds %2, so viewers show a different number of pages than are checked (/Count)</source>
        <translation>el árbol de páginas indica que contiene %1 páginas cuando contiene %2, por lo que los visores muestran otro número de páginas que el que se comprueba (/Count)</translation>
    </message>
    <message>
        <source>inside a comment (%)</source>
        <translation>dentro de un comentario (%)</translation>
    </message>
    <message>
        <source>inside a string</source>
        <translation>dentro de una cadena</translation>
    </message>
    <message>
        <source>inside an array or dictionary</source>
        <translation>dentro de una matriz o un diccionario</translation>
    </message>
    <message>
        <source>inside an inline image</source>
        <translation>dentro de una imagen en línea</translation>
    </message>
    <message>
        <source>the content of page %1 lists something that is not a content stream</source>
        <translation>el contenido de la página %1 incluye algo que no es un flujo de contenido</translation>
    </message>
    <message>
        <source>a part of the content of page %1 cannot be decoded</source>
        <translation>no se puede descodificar una parte del contenido de la página %1</translation>
    </message>
    <message>
        <source>the content of page %1 is split %2 at the end of part %3 of %4: viewers that join the parts read on into the next part and draw other things than viewers that do not (ambiguous)</source>
        <translation>el contenido de la página %1 se divide %2 al final de la parte %3 de %4: los visores que unen las partes siguen leyendo en la parte siguiente y dibujan otras cosas que los visores que no las unen (ambiguo)</translation>
    </message>
    <message>
        <source>the content of page %1 is split in the middle of a token, so viewers that join its parts read other operators than viewers that do not (ambiguous)</source>
        <translation>el contenido de la página %1 se divide en medio de un elemento, por lo que los visores que unen sus partes leen otros operadores que los visores que no las unen (ambiguo)</translation>
    </message>
    <message>
        <source>the page tree cannot be read</source>
        <translation>no se puede leer el árbol de páginas</translation>
    </message>
    <message>
        <source>the page tree does not say how many pages it holds, so viewers may show another number of pages than are checked (/Count)</source>
        <translation>el árbol de páginas no indica cuántas páginas contiene, por lo que los visores pueden mostrar otro número de páginas que el que se comprueba (/Count)</translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfKeyWords</name>
    <message>
        <source>an entry viewers may act on</source>
        <translation>una entrada que los visores pueden interpretar</translation>
    </message>
    <message>
        <source>an action that runs when the page is opened or closed</source>
        <translation>una acción que se ejecuta al abrir o cerrar la página</translation>
    </message>
    <message>
        <source>a crop box that hides part of the page</source>
        <translation>un cuadro de recorte que oculta parte de la página</translation>
    </message>
    <message>
        <source>a print box that limits what printers use of the page</source>
        <translation>un cuadro de impresión que limita la parte de la página que se usa al imprimir</translation>
    </message>
    <message>
        <source>the page size</source>
        <translation>el tamaño de la página</translation>
    </message>
    <message>
        <source>a rotation of the page</source>
        <translation>una rotación de la página</translation>
    </message>
    <message>
        <source>a scale for the page</source>
        <translation>una escala para la página</translation>
    </message>
    <message>
        <source>the set of fonts, images and drawing settings the page uses</source>
        <translation>el conjunto de fuentes, imágenes y opciones de dibujo que usa la página</translation>
    </message>
    <message>
        <source>the content of the page</source>
        <translation>el contenido de la página</translation>
    </message>
    <message>
        <source>the list of annotations of the page</source>
        <translation>la lista de anotaciones de la página</translation>
    </message>
    <message>
        <source>a transparency setting for the page</source>
        <translation>una configuración de transparencia de la página</translation>
    </message>
    <message>
        <source>a presentation effect</source>
        <translation>un efecto de presentación</translation>
    </message>
    <message>
        <source>a presentation timing</source>
        <translation>una duración de presentación</translation>
    </message>
    <message>
        <source>the tab order of the form fields</source>
        <translation>el orden de tabulación de los campos del formulario</translation>
    </message>
    <message>
        <source>metadata of the page</source>
        <translation>metadatos de la página</translation>
    </message>
    <message>
        <source>a thumbnail image of the page</source>
        <translation>una imagen en miniatura de la página</translation>
    </message>
    <message>
        <source>the link of the page to its accessibility tags</source>
        <translation>el vínculo de la página con sus etiquetas de accesibilidad</translation>
    </message>
    <message>
        <source>data an application keeps with the page</source>
        <translation>datos que una aplicación guarda con la página</translation>
    </message>
    <message>
        <source>the place of the page in the document</source>
        <translation>la posición de la página en el documento</translation>
    </message>
    <message>
        <source>a preferred zoom</source>
        <translation>un zoom preferido</translation>
    </message>
    <message>
        <source>a measuring viewport</source>
        <translation>una ventana de medición</translation>
    </message>
    <message>
        <source>a second form in XFA format that some viewers show instead of the pages</source>
        <translation>un segundo formulario en formato XFA que algunos visores muestran en lugar de las páginas</translation>
    </message>
    <message>
        <source>the set of fonts the form fields are drawn with</source>
        <translation>el conjunto de fuentes con que se dibujan los campos del formulario</translation>
    </message>
    <message>
        <source>the default text style of the form fields</source>
        <translation>el estilo de texto predeterminado de los campos del formulario</translation>
    </message>
    <message>
        <source>the text alignment of the form fields</source>
        <translation>la alineación del texto de los campos del formulario</translation>
    </message>
    <message>
        <source>the order in which field values are calculated</source>
        <translation>el orden en que se calculan los valores de los campos</translation>
    </message>
    <message>
        <source>the list of form fields</source>
        <translation>la lista de campos del formulario</translation>
    </message>
    <message>
        <source>an action that runs when the file is opened</source>
        <translation>una acción que se ejecuta al abrir el archivo</translation>
    </message>
    <message>
        <source>an action that runs on document events such as saving or printing</source>
        <translation>una acción que se ejecuta ante eventos del documento, como guardar o imprimir</translation>
    </message>
    <message>
        <source>the setting of which layers are shown or hidden</source>
        <translation>la configuración de qué capas se muestran u ocultan</translation>
    </message>
    <message>
        <source>the list of embedded files and document scripts</source>
        <translation>la lista de archivos incrustados y scripts del documento</translation>
    </message>
    <message>
        <source>the document metadata (XMP)</source>
        <translation>los metadatos del documento (XMP)</translation>
    </message>
    <message>
        <source>the list of pages</source>
        <translation>la lista de páginas</translation>
    </message>
    <message>
        <source>the bookmarks</source>
        <translation>los marcadores</translation>
    </message>
    <message>
        <source>the base address of links</source>
        <translation>la dirección base de los vínculos</translation>
    </message>
    <message>
        <source>the permission settings</source>
        <translation>la configuración de permisos</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>el formulario</translation>
    </message>
    <message>
        <source>how the file opens (bookmarks, attachments or full screen)</source>
        <translation>cómo se abre el archivo (marcadores, archivos adjuntos o pantalla completa)</translation>
    </message>
    <message>
        <source>how the pages are laid out on screen</source>
        <translation>cómo se disponen las páginas en la pantalla</translation>
    </message>
    <message>
        <source>the viewer settings</source>
        <translation>la configuración del visor</translation>
    </message>
    <message>
        <source>the named places links can jump to</source>
        <translation>los destinos con nombre a los que pueden llevar los vínculos</translation>
    </message>
    <message>
        <source>the language of the document</source>
        <translation>el idioma del documento</translation>
    </message>
    <message>
        <source>the accessibility tags</source>
        <translation>las etiquetas de accesibilidad</translation>
    </message>
    <message>
        <source>the accessibility settings</source>
        <translation>la configuración de accesibilidad</translation>
    </message>
    <message>
        <source>a portfolio view that shows the attachments instead of the pages</source>
        <translation>una vista de portafolio que muestra los archivos adjuntos en lugar de las páginas</translation>
    </message>
    <message>
        <source>whether it is shown and printed</source>
        <translation>si se muestra y se imprime</translation>
    </message>
    <message>
        <source>its position</source>
        <translation>su posición</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>su valor</translation>
    </message>
    <message>
        <source>the action it runs when clicked</source>
        <translation>la acción que ejecuta al hacer clic</translation>
    </message>
    <message>
        <source>the actions it runs on events</source>
        <translation>las acciones que ejecuta ante eventos</translation>
    </message>
    <message>
        <source>its text or content</source>
        <translation>su texto o contenido</translation>
    </message>
    <message>
        <source>its field settings (such as read-only)</source>
        <translation>su configuración de campo (por ejemplo, solo lectura)</translation>
    </message>
    <message>
        <source>its text style</source>
        <translation>su estilo de texto</translation>
    </message>
    <message>
        <source>its look (colours, caption)</source>
        <translation>su aspecto (colores, rótulo)</translation>
    </message>
    <message>
        <source>its choices</source>
        <translation>sus opciones</translation>
    </message>
    <message>
        <source>its parts</source>
        <translation>sus partes</translation>
    </message>
    <message>
        <source>the page it belongs to</source>
        <translation>la página a la que pertenece</translation>
    </message>
    <message>
        <source>its kind</source>
        <translation>su tipo</translation>
    </message>
    <message>
        <source>its border</source>
        <translation>su borde</translation>
    </message>
    <message>
        <source>its colour</source>
        <translation>su color</translation>
    </message>
    <message>
        <source>the layer that shows or hides it</source>
        <translation>la capa que controla su visibilidad</translation>
    </message>
    <message>
        <source>the text its characters read as (copying, search, screen readers)</source>
        <translation>el texto que representan sus caracteres (al copiar, buscar o usar lectores de pantalla)</translation>
    </message>
    <message>
        <source>its character widths</source>
        <translation>los anchos de sus caracteres</translation>
    </message>
    <message>
        <source>its character shapes</source>
        <translation>las formas de sus caracteres</translation>
    </message>
    <message>
        <source>its character encoding</source>
        <translation>su codificación de caracteres</translation>
    </message>
    <message>
        <source>its font name</source>
        <translation>su nombre de fuente</translation>
    </message>
    <message>
        <source>its transparency</source>
        <translation>su transparencia</translation>
    </message>
    <message>
        <source>its compression</source>
        <translation>su compresión</translation>
    </message>
    <message>
        <source>its length</source>
        <translation>su longitud</translation>
    </message>
    <message>
        <source>its size and placement</source>
        <translation>su tamaño y ubicación</translation>
    </message>
    <message>
        <source>its drawing area</source>
        <translation>su área de dibujo</translation>
    </message>
    <message>
        <source>the fonts and images it uses</source>
        <translation>las fuentes e imágenes que usa</translation>
    </message>
    <message>
        <source>a text box</source>
        <translation>un cuadro de texto</translation>
    </message>
    <message>
        <source>a stamp</source>
        <translation>un sello</translation>
    </message>
    <message>
        <source>a sticky note</source>
        <translation>una nota adhesiva</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un vínculo</translation>
    </message>
    <message>
        <source>an attached file</source>
        <translation>un archivo adjunto</translation>
    </message>
    <message>
        <source>a rectangle</source>
        <translation>un rectángulo</translation>
    </message>
    <message>
        <source>an ellipse</source>
        <translation>una elipse</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>una línea</translation>
    </message>
    <message>
        <source>a drawn shape</source>
        <translation>una forma dibujada</translation>
    </message>
    <message>
        <source>a drawn line</source>
        <translation>una línea quebrada dibujada</translation>
    </message>
    <message>
        <source>a freehand drawing</source>
        <translation>un dibujo a mano alzada</translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation>un resaltado</translation>
    </message>
    <message>
        <source>an underline</source>
        <translation>un subrayado</translation>
    </message>
    <message>
        <source>a wavy underline</source>
        <translation>un subrayado ondulado</translation>
    </message>
    <message>
        <source>a strike-through</source>
        <translation>una línea de tachado</translation>
    </message>
    <message>
        <source>an insertion mark</source>
        <translation>una marca de inserción</translation>
    </message>
    <message>
        <source>a redaction mark</source>
        <translation>una marca de tachadura</translation>
    </message>
    <message>
        <source>a pop-up note</source>
        <translation>una nota emergente</translation>
    </message>
    <message>
        <source>a sound</source>
        <translation>un sonido</translation>
    </message>
    <message>
        <source>a movie</source>
        <translation>un video</translation>
    </message>
    <message>
        <source>a media player</source>
        <translation>un reproductor multimedia</translation>
    </message>
    <message>
        <source>embedded media</source>
        <translation>contenido multimedia incrustado</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>un modelo 3D</translation>
    </message>
    <message>
        <source>a watermark</source>
        <translation>una marca de agua</translation>
    </message>
    <message>
        <source>a form field</source>
        <translation>un campo de formulario</translation>
    </message>
    <message>
        <source>a printer&apos;s mark</source>
        <translation>una marca de imprenta</translation>
    </message>
    <message>
        <source>printing trap data</source>
        <translation>datos de reventado para impresión</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation>una anotación</translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfObjectLabels</name>
    <message>
        <source>font %1 on page %2</source>
        <translation>fuente %1 en la página %2</translation>
    </message>
    <message>
        <source>image or drawing %1 on page %2</source>
        <translation>imagen o dibujo %1 en la página %2</translation>
    </message>
    <message>
        <source>graphics state %1 on page %2</source>
        <translation>estado gráfico %1 en la página %2</translation>
    </message>
    <message>
        <source>optional content %1 on page %2</source>
        <translation>contenido opcional %1 en la página %2</translation>
    </message>
    <message>
        <source>signature field %1</source>
        <translation>campo de firma %1</translation>
    </message>
    <message>
        <source>form field %1</source>
        <translation>campo de formulario %1</translation>
    </message>
    <message>
        <source> on page %1</source>
        <translation> en la página %1</translation>
    </message>
    <message>
        <source>the appearance of %1</source>
        <translation>la apariencia de %1</translation>
    </message>
    <message>
        <source>the list of form fields</source>
        <translation>la lista de campos del formulario</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>el valor de %1</translation>
    </message>
    <message>
        <source>the list of embedded files</source>
        <translation>la lista de archivos incrustados</translation>
    </message>
    <message>
        <source>embedded file %1</source>
        <translation>archivo incrustado %1</translation>
    </message>
    <message>
        <source>the data of embedded file %1</source>
        <translation>los datos del archivo incrustado %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>the content of page %1</source>
        <translation>el contenido de la página %1</translation>
    </message>
    <message>
        <source>the resources of page %1</source>
        <translation>los recursos de la página %1</translation>
    </message>
    <message>
        <source>the annotations of page %1</source>
        <translation>las anotaciones de la página %1</translation>
    </message>
    <message>
        <source>the trailer</source>
        <translation>el trailer del archivo</translation>
    </message>
    <message>
        <source>the document catalog</source>
        <translation>el catálogo del documento</translation>
    </message>
    <message>
        <source>the document information</source>
        <translation>la información del documento</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>el formulario</translation>
    </message>
    <message>
        <source>the page tree</source>
        <translation>el árbol de páginas</translation>
    </message>
    <message>
        <source>the name trees</source>
        <translation>los árboles de nombres</translation>
    </message>
    <message>
        <source>the XMP metadata</source>
        <translation>los metadatos XMP</translation>
    </message>
    <message>
        <source>the optional content layers</source>
        <translation>las capas de contenido opcional</translation>
    </message>
    <message>
        <source>the action run when the file opens</source>
        <translation>la acción que se ejecuta al abrir el archivo</translation>
    </message>
    <message>
        <source>the bookmarks</source>
        <translation>los marcadores</translation>
    </message>
    <message>
        <source>the validation data</source>
        <translation>los datos de validación</translation>
    </message>
    <message>
        <source>resource %1 on page %2 (%3)</source>
        <translation>recurso %1 en la página %2 (%3)</translation>
    </message>
    <message>
        <source>%1 on page %2 (%3 annotation)</source>
        <translation>%1 en la página %2 (anotación %3)</translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfSigner</name>
    <message>
        <source>Submitted by the program office for DHS Privacy Office adjudication</source>
        <translation>Presentado por la oficina del programa para la resolución de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>Counsel certifies that appropriate authority exists for the operational use described</source>
        <translation>La asesoría jurídica certifica que existe la autoridad adecuada para el uso operativo descrito</translation>
    </message>
    <message>
        <source>DHS Privacy Office determination</source>
        <translation>Determinación de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>no certificate database is open</source>
        <translation>no hay ninguna base de datos de certificados abierta</translation>
    </message>
    <message>
        <source>no signing certificate named &quot;%1&quot; in %2 (available: %3)</source>
        <translation>no hay ningún certificado de firma llamado «%1» en %2 (disponibles: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Firmado por %1</translation>
    </message>
    <message>
        <source>no certificate with a private key in %1 or on a card; nothing was signed</source>
        <translation>no hay ningún certificado con clave privada en %1 ni en una tarjeta; no se firmó nada</translation>
    </message>
    <message>
        <source>none of the certificates may sign documents (see smout certs); nothing was signed</source>
        <translation>ninguno de los certificados puede firmar documentos (consulte smout certs); no se firmó nada</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; may not sign: %2; nothing was signed</source>
        <translation>el certificado «%1» no puede firmar: %2; no se firmó nada</translation>
    </message>
    <message>
        <source>no way to ask for a passphrase or PIN</source>
        <translation>no hay forma de solicitar una frase de contraseña o un PIN</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; is no longer available; nothing was signed</source>
        <translation>el certificado «%1» ya no está disponible; no se firmó nada</translation>
    </message>
    <message>
        <source>signing with &quot;%1&quot; failed: %2</source>
        <translation>falló la firma con «%1»: %2</translation>
    </message>
    <message>
        <source>%1; nothing was signed</source>
        <translation>%1; no se firmó nada</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; may not sign as %2: %3; nothing was signed</source>
        <translation>el certificado «%1» no puede firmar como %2: %3; no se firmó nada</translation>
    </message>
    <message>
        <source>the certificate database %1 has no passphrase, so its key would sign without asking for one: give the database a passphrase first (SMOUT Studio offers it when you sign, or run certutil -W -d sql:%1); nothing was signed</source>
        <translation>la base de datos de certificados %1 no tiene frase de contraseña, por lo que su clave firmaría sin pedir ninguna: asigne primero una frase de contraseña a la base de datos (SMOUT Studio se lo ofrece al firmar; también puede ejecutar certutil -W -d sql:%1); no se firmó nada</translation>
    </message>
    <message>
        <source>no timestamp from %1: %2; nothing was signed</source>
        <translation>no se obtuvo ningún sello de tiempo de %1: %2; no se firmó nada</translation>
    </message>
    <message>
        <source>Signature of %1, %2, %3</source>
        <translation>Firma de %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfSoundness</name>
    <message>
        <source>a stream decompresses to more than %1 MB, the limit for one stream</source>
        <translation>un flujo ocupa más de %1 MB al descomprimirse, que es el límite para un flujo</translation>
    </message>
    <message>
        <source>the streams decompress to more than %1 MB in all, the limit for one file</source>
        <translation>los flujos ocupan en total más de %1 MB al descomprimirse, que es el límite para un archivo</translation>
    </message>
    <message>
        <source>the list of embedded files</source>
        <translation>la lista de archivos incrustados</translation>
    </message>
    <message>
        <source>the list of document scripts</source>
        <translation>la lista de scripts del documento</translation>
    </message>
    <message>
        <source>the name tree %1</source>
        <translation>el árbol de nombres %1</translation>
    </message>
    <message>
        <source>the file is truncated: its last revision does not end with %%EOF, so a part of it (perhaps a later signature) is missing</source>
        <translation>el archivo está truncado: su última revisión no termina con %%EOF, por lo que falta una parte (quizá una firma posterior)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of data follow the end of the file (after the last %%EOF)</source>
        <translation>
            <numerusform>%n byte de datos sigue al final del archivo (después del último %%EOF)</numerusform>
            <numerusform>%n bytes de datos siguen al final del archivo (después del último %%EOF)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds more than %1 objects, the limit for one file</source>
        <translation>el archivo contiene más de %1 objetos, que es el límite para un archivo</translation>
    </message>
    <message>
        <source>the file is ambiguous: object %1 is defined with %2 generation numbers, and PDF readers disagree about which definition counts</source>
        <translation>el archivo es ambiguo: el objeto %1 está definido con %2 números de generación, y los lectores de PDF no coinciden en qué definición es la válida</translation>
    </message>
    <message>
        <source>the file is ambiguous: %1 names &quot;%2&quot; %3 times, and PDF readers disagree about which entry counts</source>
        <translation>el archivo es ambiguo: %1 contiene %3 veces el nombre «%2», y los lectores de PDF no coinciden en qué entrada es la válida</translation>
    </message>
    <message>
        <source>the file is ambiguous: it is damaged, and PDF readers may repair it differently (%1)</source>
        <translation>el archivo es ambiguo: está dañado, y los lectores de PDF pueden repararlo de formas distintas (%1)</translation>
    </message>
    <message>
        <source>not a readable PDF: %1</source>
        <translation>no es un PDF legible: %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::RenderedPages</name>
    <message>
        <source>page %1 holds an annotation that is not a signature box in its place</source>
        <translation>la página %1 contiene una anotación que no es un recuadro de firma en su lugar</translation>
    </message>
    <message>
        <source>the rendering of page %1 holds annotations</source>
        <translation>la representación de la página %1 contiene anotaciones</translation>
    </message>
    <message>
        <source>the content of page %1 cannot be decoded within the limits</source>
        <translation>no se puede descodificar el contenido de la página %1 dentro de los límites</translation>
    </message>
    <message>
        <source>the embedded document cannot be laid out as it was signed</source>
        <translation>no se puede maquetar el documento incrustado tal como se firmó</translation>
    </message>
    <message>
        <source>the signed pages&apos; structure tree, which screen readers read, is not the one SMOUT Studio writes for the data</source>
        <translation>el árbol de estructura de las páginas firmadas, que leen los lectores de pantalla, no es el que SMOUT Studio escribe para los datos</translation>
    </message>
    <message numerus="yes">
        <source>the signed revision has %n page(s)</source>
        <translation>
            <numerusform>la revisión firmada tiene %n página</numerusform>
            <numerusform>la revisión firmada tiene %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> where the embedded data lays out to %n page(s)</source>
        <translation>
            <numerusform> donde los datos incrustados ocupan %n página</numerusform>
            <numerusform> donde los datos incrustados ocupan %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>what the pages draw belongs to other structure elements than in SMOUT Studio&apos;s rendering of the data, so screen readers would read it as other fields</source>
        <translation>lo que dibujan las páginas pertenece a otros elementos de estructura que en la representación de los datos de SMOUT Studio, por lo que los lectores de pantalla lo leerían como otros campos</translation>
    </message>
    <message>
        <source>the signed revision could only be read with repairs, which viewers may make otherwise</source>
        <translation>la revisión firmada solo se pudo leer con reparaciones, que los visores pueden hacer de otra manera</translation>
    </message>
    <message>
        <source>the signed revision cannot be compared with the data&apos;s rendering: %1</source>
        <translation>la revisión firmada no se puede comparar con la representación de los datos: %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::RevisionDiff</name>
    <message>
        <source>the document information (title, author, subject) changed</source>
        <translation>cambió la información del documento (título, autor, asunto)</translation>
    </message>
    <message>
        <source>the revisions cannot be compared: %1</source>
        <translation>no se pueden comparar las revisiones: %1</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>campo de texto</translation>
    </message>
    <message>
        <source>button or check box</source>
        <translation>botón o casilla de verificación</translation>
    </message>
    <message>
        <source>choice field</source>
        <translation>campo de selección</translation>
    </message>
    <message>
        <source>signature field</source>
        <translation>campo de firma</translation>
    </message>
    <message>
        <source>form field</source>
        <translation>campo de formulario</translation>
    </message>
    <message>
        <source>the file is ambiguous: object %1 (%2) is redefined with another generation number, and PDF readers disagree about which definition counts</source>
        <translation>el archivo es ambiguo: el objeto %1 (%2) se vuelve a definir con otro número de generación, y los lectores de PDF no coinciden en qué definición es la válida</translation>
    </message>
    <message>
        <source>the document catalog was replaced</source>
        <translation>se sustituyó el catálogo del documento</translation>
    </message>
    <message>
        <source>encryption was added</source>
        <translation>se agregó cifrado</translation>
    </message>
    <message>
        <source>the form now asks viewers to redraw every field (/NeedAppearances)</source>
        <translation>el formulario ahora pide a los visores que vuelvan a dibujar todos los campos (/NeedAppearances)</translation>
    </message>
    <message>
        <source>the content of page %1 was replaced</source>
        <translation>se sustituyó el contenido de la página %1</translation>
    </message>
    <message>
        <source>form fields were removed or reordered</source>
        <translation>se eliminaron o reordenaron campos del formulario</translation>
    </message>
    <message>
        <source>annotations were removed or reordered on page %1</source>
        <translation>se eliminaron o reordenaron anotaciones en la página %1</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>el formulario</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>la página %1</translation>
    </message>
    <message>
        <source>something that is not an annotation was added to %1</source>
        <translation>se agregó en %1 algo que no es una anotación</translation>
    </message>
    <message>
        <source>%1 is listed a second time on %2</source>
        <translation>%1 figura por segunda vez en %2</translation>
    </message>
    <message>
        <source>an unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 renamed to &quot;%2&quot;</source>
        <translation>%1: se cambió el nombre a «%2»</translation>
    </message>
    <message>
        <source>the appearance of %1 was replaced</source>
        <translation>se sustituyó la apariencia de %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>se modificó %1</translation>
    </message>
    <message>
        <source>%1 was added to the document (%2)</source>
        <translation>se agregó %1 al documento (%2)</translation>
    </message>
    <message>
        <source>%1 was removed from the document (%2)</source>
        <translation>se eliminó %1 del documento (%2)</translation>
    </message>
    <message>
        <source>%1 was changed in the document (%2)</source>
        <translation>se modificó %1 en el documento (%2)</translation>
    </message>
    <message>
        <source>%1 was added to the form (%2)</source>
        <translation>se agregó %1 al formulario (%2)</translation>
    </message>
    <message>
        <source>%1 was removed from the form (%2)</source>
        <translation>se eliminó %1 del formulario (%2)</translation>
    </message>
    <message>
        <source>%1 was changed in the form (%2)</source>
        <translation>se modificó %1 en el formulario (%2)</translation>
    </message>
    <message>
        <source>%1 was added to page %2 (%3)</source>
        <translation>se agregó %1 a la página %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was removed from page %2 (%3)</source>
        <translation>se eliminó %1 de la página %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was changed on page %2 (%3)</source>
        <translation>se modificó %1 en la página %2 (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was added to %3</source>
        <translation>se agregó el %1 «%2» en %3</translation>
    </message>
    <message>
        <source>%1 was added to %2 (%3 annotation)</source>
        <translation>se agregó %1 en %2 (anotación %3)</translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with %2 (%3); a signature field may hold only its signature and its own appearance</source>
        <translation>se agregó el campo de firma «%1» con %2 (%3); un campo de firma solo puede contener su firma y su propia apariencia</translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with an appearance that is not its own</source>
        <translation>se agregó el campo de firma «%1» con una apariencia que no es la suya</translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with an appearance drawn on %2 outside the signature boxes</source>
        <translation>se agregó el campo de firma «%1» con una apariencia dibujada en %2 fuera de los recuadros de firma</translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with a value that is not a signature</source>
        <translation>se agregó el campo de firma «%1» con un valor que no es una firma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>se modificó %1: %2</translation>
    </message>
    <message>
        <source>the elements in the tree and in its parent tree differ</source>
        <translation>los elementos del árbol y los de su árbol padre difieren</translation>
    </message>
    <message>
        <source>an element refers to a signature field no page lists</source>
        <translation>un elemento hace referencia a un campo de firma que ninguna página incluye</translation>
    </message>
    <message>
        <source>the structure tree screen readers follow was changed: %1</source>
        <translation>se modificó el árbol de estructura que siguen los lectores de pantalla: %1</translation>
    </message>
    <message>
        <source>%1 of the tree root</source>
        <translation>%1 de la raíz del árbol</translation>
    </message>
    <message>
        <source>%1 of the document element</source>
        <translation>%1 del elemento del documento</translation>
    </message>
    <message>
        <source>%1 of the parent tree</source>
        <translation>%1 del árbol padre</translation>
    </message>
    <message>
        <source>an element that is not a signature&apos;s was added</source>
        <translation>se agregó un elemento que no pertenece a una firma</translation>
    </message>
</context>
<context>
    <name>smout::signing::RoleFacts</name>
    <message>
        <source>checked against the role registry</source>
        <translation>comprobada con el registro de funciones</translation>
    </message>
    <message>
        <source>stated by the signer, not checked</source>
        <translation>declarada por el firmante, sin comprobar</translation>
    </message>
</context>
<context>
    <name>smout::signing::RoleRegistry</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (an entry has &quot;certificate&quot; and, optionally, &quot;component&quot;)</source>
        <translation>%1: clave desconocida «%2» (una entrada tiene «certificate» y, opcionalmente, «component»)</translation>
    </message>
    <message>
        <source>%1: &quot;certificate&quot; must be a fingerprint or a subject DN</source>
        <translation>%1: «certificate» debe ser una huella digital o un DN de sujeto</translation>
    </message>
    <message>
        <source>%1: &quot;component&quot; must be a component code such as CBP</source>
        <translation>%1: «component» debe ser un código de componente como CBP</translation>
    </message>
    <message>
        <source>%1: an entry is a fingerprint, a subject DN, or an object with &quot;certificate&quot;</source>
        <translation>%1: una entrada es una huella digital, un DN de sujeto o un objeto con «certificate»</translation>
    </message>
    <message>
        <source>%1: empty certificate</source>
        <translation>%1: certificado vacío</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>no es JSON: %1 en la posición %2</translation>
    </message>
    <message>
        <source>a role registry is an object {&quot;author&quot;: [...], &quot;counsel&quot;: [...], &quot;reviewer&quot;: [...]}</source>
        <translation>un registro de funciones es un objeto {&quot;author&quot;: [...], &quot;counsel&quot;: [...], &quot;reviewer&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (author, counsel or reviewer)</source>
        <translation>función desconocida «%1» (author, counsel o reviewer)</translation>
    </message>
    <message>
        <source>%1: a list of certificates</source>
        <translation>%1: debe ser una lista de certificados</translation>
    </message>
    <message>
        <source>the role registry %1: %2</source>
        <translation>el registro de funciones %1: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 (SHA-256 %2)</source>
        <translation>el certificado de %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read, so it is not in the role registry for %1</source>
        <translation>no se puede leer el certificado del firmante, por lo que no figura en el registro de funciones como %1</translation>
    </message>
    <message>
        <source>%1 is listed as %2 in the role registry, but not for this SMOUT&apos;s component %3</source>
        <translation>%1 figura como %2 en el registro de funciones, pero no para el componente %3 de este SMOUT</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 is not listed as %2 in the role registry</source>
        <translation>%1 no figura como %2 en el registro de funciones</translation>
    </message>
</context>
<context>
    <name>smout::signing::SeparationOfDuties</name>
    <message>
        <source>counsel&apos;s certification</source>
        <translation>la certificación de la asesoría jurídica</translation>
    </message>
    <message>
        <source>the DHS Privacy Office&apos;s determination</source>
        <translation>la determinación de la Oficina de Privacidad del DHS</translation>
    </message>
    <message>
        <source>the same person signed as %1 and as %2; %3 must come from someone else</source>
        <translation>la misma persona firmó como %1 y como %2; %3 debe provenir de otra persona</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureBoxes</name>
    <message>
        <source>two signature fields are named &quot;%1&quot;, so readers disagree about which signature is which</source>
        <translation>dos campos de firma se llaman «%1», por lo que los lectores no coinciden en qué firma es cuál</translation>
    </message>
    <message>
        <source>a signature appearance was added to page %1 without a signature (a signature box the form does not list)</source>
        <translation>se agregó una apariencia de firma a la página %1 sin una firma (un recuadro de firma que el formulario no incluye)</translation>
    </message>
    <message>
        <source>a signature appearance on page %1 (&quot;%2&quot;) belongs to no valid signature</source>
        <translation>una apariencia de firma de la página %1 («%2») no pertenece a ninguna firma válida</translation>
    </message>
    <message>
        <source>the signature boxes cannot be read: %1</source>
        <translation>no se pueden leer los recuadros de firma: %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureRevision</name>
    <message>
        <source>the PDF does not end with a cross-reference section and %%EOF; it is not signed</source>
        <translation>el PDF no termina con una sección de referencias cruzadas y %%EOF; no se firma</translation>
    </message>
    <message>
        <source>the PDF is encrypted; it is not signed</source>
        <translation>el PDF está cifrado; no se firma</translation>
    </message>
    <message>
        <source>the PDF is damaged (%1); it is not signed</source>
        <translation>el PDF está dañado (%1); no se firma</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF&apos;s structure is not one this signer writes to; it is not signed</source>
        <translation>la estructura del PDF no es una en la que este firmador pueda escribir; no se firma</translation>
    </message>
    <message>
        <source>the last page of the PDF has no size; it is not signed</source>
        <translation>la última página del PDF no tiene tamaño; no se firma</translation>
    </message>
    <message>
        <source>not a readable PDF: %1</source>
        <translation>no es un PDF legible: %1</translation>
    </message>
    <message>
        <source>the signature (%1 bytes) does not fit the %2 bytes kept for it; nothing was signed</source>
        <translation>la firma (%1 bytes) no cabe en los %2 bytes reservados para ella; no se firmó nada</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureSpans</name>
    <message>
        <source>the bytes it says it signs do not start at the beginning of the file (/ByteRange; universal signature forgery)</source>
        <translation>los bytes que dice firmar no empiezan al principio del archivo (/ByteRange; falsificación universal de firma)</translation>
    </message>
    <message>
        <source>the bytes it says it signs reach beyond the end of the file: the file is truncated (/ByteRange)</source>
        <translation>los bytes que dice firmar van más allá del final del archivo: el archivo está truncado (/ByteRange)</translation>
    </message>
    <message>
        <source>the part of the file its signature leaves out holds more than the signature itself (/ByteRange, /Contents; signature wrapping)</source>
        <translation>la parte del archivo que su firma excluye contiene más que la propia firma (/ByteRange, /Contents; envoltura de firma)</translation>
    </message>
    <message>
        <source>its signature data is empty or zeroed (/Contents; universal signature forgery)</source>
        <translation>sus datos de firma están vacíos o rellenos de ceros (/Contents; falsificación universal de firma)</translation>
    </message>
    <message>
        <source>the bytes it signs do not end where a version of the file ends: signed bytes were moved (/ByteRange)</source>
        <translation>los bytes que firma no terminan donde termina una versión del archivo: se movieron bytes firmados (/ByteRange)</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureTimestamp</name>
    <message>
        <source>the signature&apos;s CMS data is malformed</source>
        <translation>los datos CMS de la firma están mal formados</translation>
    </message>
    <message>
        <source>the signature&apos;s CMS data does not have exactly one signer</source>
        <translation>los datos CMS de la firma no tienen exactamente un firmante</translation>
    </message>
    <message>
        <source>the signature already has unsigned attributes</source>
        <translation>la firma ya tiene atributos no firmados</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>an unknown authority</source>
        <translation>una autoridad desconocida</translation>
    </message>
    <message>
        <source>Timestamp: %1 by %2, valid and trusted</source>
        <translation>Sello de tiempo: %1 por %2, válido y de confianza</translation>
    </message>
    <message>
        <source>Timestamp: %1 by %2, NOT to be relied on</source>
        <translation>Sello de tiempo: %1 por %2, NO es fiable</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Sello de tiempo: %1</translation>
    </message>
    <message>
        <source>the timestamp stamps other bytes than this signature&apos;s value (a token taken from another signature?)</source>
        <translation>el sello de tiempo sella bytes distintos del valor de esta firma (¿un token tomado de otra firma?)</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureVerifier</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is marked untrusted</source>
        <translation>el emisor del certificado está marcado como no de confianza</translation>
    </message>
    <message>
        <source>the certificate does not chain to a trusted root (unknown or untrusted CA)</source>
        <translation>el certificado no se encadena a una raíz de confianza (CA desconocida o que no es de confianza)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>el certificado fue revocado</translation>
    </message>
    <message>
        <source>the certificate had expired or was not yet valid when it signed</source>
        <translation>el certificado estaba vencido o aún no era válido cuando firmó</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>no se pudo verificar el certificado</translation>
    </message>
    <message>
        <source>the signed bytes were changed after signing (digest mismatch)</source>
        <translation>los bytes firmados se modificaron después de la firma (el resumen no coincide)</translation>
    </message>
    <message>
        <source>the signature data is malformed</source>
        <translation>los datos de la firma tienen un formato incorrecto</translation>
    </message>
    <message>
        <source>the signature is cryptographically invalid</source>
        <translation>la firma no es válida criptográficamente</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>falta la firma</translation>
    </message>
    <message>
        <source>the signature could not be verified</source>
        <translation>no se pudo verificar la firma</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>no es un archivo PDF</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>no es un PDF legible</translation>
    </message>
    <message>
        <source>not a readable PDF: the file is truncated (it does not end with %%EOF)</source>
        <translation>no es un PDF legible: el archivo está truncado (no termina con %%EOF)</translation>
    </message>
    <message>
        <source>no signed byte range belongs to this signature</source>
        <translation>ningún intervalo de bytes firmado pertenece a esta firma</translation>
    </message>
    <message>
        <source>modified after signing by %1: %2</source>
        <translation>modificado después de la firma por %1: %2</translation>
    </message>
    <message>
        <source>%1 signature dictionaries are not attached to any signature field</source>
        <translation>%1 diccionarios de firma no están vinculados a ningún campo de firma</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>el PDF no contiene ninguna firma</translation>
    </message>
    <message>
        <source>the embedded submission: %1</source>
        <translation>la presentación incrustada: %1</translation>
    </message>
    <message>
        <source>the embedded submission embeds a submission itself: one level of embedded submissions is the limit</source>
        <translation>la presentación incrustada incrusta a su vez otra presentación: el límite es un nivel de presentaciones incrustadas</translation>
    </message>
    <message>
        <source>the embedded submission is not signed by counsel</source>
        <translation>la presentación incrustada no está firmada por la asesoría jurídica</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>firma %1: %2</translation>
    </message>
    <message>
        <source>after signature %1: %2</source>
        <translation>después de la firma %1: %2</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain ends at a root you have not chosen to trust: %1</source>
        <translation>la cadena de certificados del firmante termina en una raíz en la que usted no ha decidido confiar: %1</translation>
    </message>
    <message>
        <source>the revision signed by signature %1: %2</source>
        <translation>la revisión firmada por la firma %1: %2</translation>
    </message>
    <message>
        <source>the adjudicated data differs from what counsel signed at %1 (%2)</source>
        <translation>los datos objeto de resolución difieren de lo que firmó la asesoría jurídica en %1 (%2)</translation>
    </message>
    <message>
        <source>the signature page names &quot;%1&quot; as the %2&apos;s signer, but the embedded submission&apos;s signature is by &quot;%3&quot;</source>
        <translation>la página de firmas indica que «%1» firma como %2, pero la firma de la presentación incrustada es de «%3»</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>%1: the signer&apos;s certificate expired on %2; the timestamp proves the signature was made on %3, before</source>
        <translation>%1: el certificado del firmante caducó el %2; el sello de tiempo demuestra que la firma se realizó el %3, antes de esa fecha</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate was revoked on %1, before the time it stamped (%2)</source>
        <translation>el certificado de la TSA se revocó el %1, antes del momento que selló (%2)</translation>
    </message>
    <message>
        <source>%1: the signer&apos;s certificate was revoked on %2; the timestamp proves the signature was made on %3, before</source>
        <translation>%1: el certificado del firmante se revocó el %2; el sello de tiempo demuestra que la firma se realizó el %3, antes de esa fecha</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked on %1, before the signature was made (timestamp: %2)</source>
        <translation>el certificado del firmante se revocó el %1, antes de que se realizara la firma (sello de tiempo: %2)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked on %1, and no trusted timestamp proves the signature was made before</source>
        <translation>el certificado del firmante se revocó el %1 y ningún sello de tiempo de confianza demuestra que la firma se realizara antes</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignedFileCheck</name>
    <message>
        <source>the signed file cannot be verified: %1</source>
        <translation>no se puede verificar el archivo firmado: %1</translation>
    </message>
    <message>
        <source>the signed file carries no signature</source>
        <translation>el archivo firmado no contiene ninguna firma</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>la firma no es válida</translation>
    </message>
    <message>
        <source>the signed file would not verify:
  %1</source>
        <translation>el archivo firmado no superaría la verificación:
  %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignedRevisionContent</name>
    <message>
        <source>document scripts</source>
        <translation>scripts del documento</translation>
    </message>
    <message>
        <source>a list of named objects viewers may use</source>
        <translation>una lista de objetos con nombre que los visores pueden usar</translation>
    </message>
    <message>
        <source>the signed revision holds %1 (%2), which SMOUT Studio never writes</source>
        <translation>la revisión firmada contiene %1 (%2), que SMOUT Studio nunca escribe</translation>
    </message>
    <message>
        <source>page %1 of the signed revision holds %2 (%3), which SMOUT Studio never writes</source>
        <translation>la página %1 de la revisión firmada contiene %2 (%3), que SMOUT Studio nunca escribe</translation>
    </message>
    <message>
        <source>a form field</source>
        <translation>un campo de formulario</translation>
    </message>
    <message>
        <source>a signature box with %1</source>
        <translation>un recuadro de firma con %1</translation>
    </message>
    <message>
        <source>the signed revision cannot be read: %1</source>
        <translation>la revisión firmada no se puede leer: %1</translation>
    </message>
    <message>
        <source>a form field with %1</source>
        <translation>un campo de formulario con %1</translation>
    </message>
    <message>
        <source>the signed revision holds an attached file, &quot;%1&quot;, which SMOUT Studio never attaches</source>
        <translation>la revisión firmada contiene un archivo adjunto, &quot;%1&quot;, que SMOUT Studio nunca adjunta</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignerIdentity</name>
    <message>
        <source>%1 holds no readable certificate</source>
        <translation>%1 no contiene ningún certificado legible</translation>
    </message>
</context>
<context>
    <name>smout::signing::SignerRoles</name>
    <message>
        <source>its signed data states no role (its reason is &quot;%1&quot;)</source>
        <translation>sus datos firmados no indican ninguna función (su motivo es «%1»)</translation>
    </message>
    <message>
        <source>it was signed as %1 but sits in the signature field &quot;%2&quot;</source>
        <translation>se firmó como %1, pero está en el campo de firma «%2»</translation>
    </message>
    <message>
        <source>it was signed as %1, but signature %2 of this %3 belongs to %4</source>
        <translation>se firmó como %1, pero la firma %2 de esta %3 corresponde a %4</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>presentación</translation>
    </message>
    <message>
        <source>no signature after the one of %1 belongs in this %2</source>
        <translation>en esta %2 no corresponde ninguna firma después de la de %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::SigningWorkflow</name>
    <message>
        <source>the PDF is not signed by the program office; counsel signs the author-signed submission</source>
        <translation>el PDF no está firmado por la oficina del programa; la asesoría jurídica firma la presentación firmada por el autor</translation>
    </message>
    <message>
        <source>counsel can certify only when question 2 lists authorities and 2a is answered Yes</source>
        <translation>la asesoría jurídica solo puede certificar cuando la pregunta 2 indica autoridades y 2a tiene la respuesta Sí</translation>
    </message>
    <message numerus="yes">
        <source>the document has %n error(s) and cannot be signed until they are fixed:
</source>
        <translation>
            <numerusform>el documento tiene %n error y no se puede firmar hasta que se corrija:
</numerusform>
            <numerusform>el documento tiene %n errores y no se puede firmar hasta que se corrijan:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the review section has no determination yet</source>
        <translation>la sección de revisión aún no tiene determinación</translation>
    </message>
    <message>
        <source>the reviewer signs an adjudication of the counsel-signed submission: give the submission</source>
        <translation>el revisor firma una resolución sobre la presentación firmada por la asesoría jurídica: indique la presentación</translation>
    </message>
    <message>
        <source>the submission is not the signed submission of this SMOUT (document ids differ)</source>
        <translation>la presentación no es la presentación firmada de este SMOUT (los identificadores de documento no coinciden)</translation>
    </message>
    <message>
        <source>the signed PDF cannot be verified, so it is not signed on top of: %1</source>
        <translation>no se puede verificar el PDF firmado, por lo que no se firma sobre él: %1</translation>
    </message>
    <message>
        <source>the submission is not signed by counsel</source>
        <translation>la presentación no está firmada por la asesoría jurídica</translation>
    </message>
    <message>
        <source>%1: the certificate is not trusted</source>
        <translation>%1: el certificado no es de confianza</translation>
    </message>
    <message>
        <source>the signatures of the PDF do not hold up, so it is not signed on top of:
  %1</source>
        <translation>las firmas del PDF no son válidas, por lo que no se firma sobre él:
  %1</translation>
    </message>
    <message>
        <source>the document to adjudicate differs from what counsel signed outside the review section, at %1: adjudicate the data of the counsel-signed submission (open its PDF)</source>
        <translation>el documento objeto de resolución difiere de lo que firmó la asesoría jurídica fuera de la sección de revisión, en %1: resuelva sobre los datos de la presentación firmada por la asesoría jurídica (abra su PDF)</translation>
    </message>
    <message>
        <source>counsel must answer question 2a before you sign: send the draft to counsel (File → Send to Counsel…)</source>
        <translation>la asesoría jurídica debe responder a la pregunta 2a antes de que usted firme: envíe el borrador a la asesoría jurídica (Archivo → Enviar a la asesoría jurídica…)</translation>
    </message>
</context>
<context>
    <name>smout::signing::StructureTree</name>
    <message>
        <source>a check box announced as &quot;%1&quot;</source>
        <translation>una casilla anunciada como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a %1 element announced as &quot;%2&quot;</source>
        <translation>un elemento %1 anunciado como &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a %1 element described as &quot;%2&quot;</source>
        <translation>un elemento %1 descrito como &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a %1 element</source>
        <translation>un elemento %1</translation>
    </message>
    <message>
        <source>the structure tree screen readers follow cannot be read whole: it loops, nests too deep, is too large or is damaged</source>
        <translation>el árbol de estructura que siguen los lectores de pantalla no se puede leer entero: forma un bucle, anida demasiado, es demasiado grande o está dañado</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>what screen readers announce differs from the embedded data: on page %1 the structure tree has %2 where the data gives %3</source>
        <translation>lo que anuncian los lectores de pantalla difiere de los datos incrustados: en la página %1 el árbol de estructura tiene %2 donde los datos dan %3</translation>
    </message>
    <message>
        <source>what screen readers announce differs from the embedded data: the structure tree has %1 where the data gives %2</source>
        <translation>lo que anuncian los lectores de pantalla difiere de los datos incrustados: el árbol de estructura tiene %1 donde los datos dan %2</translation>
    </message>
</context>
<context>
    <name>smout::signing::TimestampQuery</name>
    <message>
        <source>rejection</source>
        <translation>rechazo</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>revocation warning</source>
        <translation>advertencia de revocación</translation>
    </message>
    <message>
        <source>revocation notification</source>
        <translation>notificación de revocación</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>the time-stamping authority must be an http or https URL (%1 is not)</source>
        <translation>la autoridad de sellado de tiempo debe ser una URL http o https (%1 no lo es)</translation>
    </message>
    <message>
        <source>the reply is not an RFC 3161 timestamp response</source>
        <translation>la respuesta no es una respuesta de sello de tiempo RFC 3161</translation>
    </message>
    <message>
        <source>the TSA did not grant a timestamp (%1)</source>
        <translation>la TSA no concedió el sello de tiempo (%1)</translation>
    </message>
    <message>
        <source>the TSA did not grant a timestamp (%1: %2)</source>
        <translation>la TSA no concedió el sello de tiempo (%1: %2)</translation>
    </message>
    <message>
        <source>the TSA granted a timestamp but sent no token</source>
        <translation>la TSA concedió un sello de tiempo, pero no envió ningún token</translation>
    </message>
    <message>
        <source>the TSA&apos;s reply does not carry the nonce of this request (a replayed or misdirected reply)</source>
        <translation>la respuesta de la TSA no incluye el nonce de esta solicitud (una respuesta reenviada o mal dirigida)</translation>
    </message>
    <message>
        <source>the TSA stamped other bytes than this signature&apos;s value (message imprint mismatch)</source>
        <translation>la TSA selló bytes distintos del valor de esta firma (la huella del mensaje no coincide)</translation>
    </message>
</context>
<context>
    <name>smout::signing::TimestampToken</name>
    <message>
        <source>not a CMS SignedData</source>
        <translation>no es un SignedData de CMS</translation>
    </message>
    <message>
        <source>no SignedData</source>
        <translation>no hay SignedData</translation>
    </message>
    <message>
        <source>the signed content is not a TSTInfo</source>
        <translation>el contenido firmado no es un TSTInfo</translation>
    </message>
    <message>
        <source>the TSTInfo is not in an OCTET STRING</source>
        <translation>el TSTInfo no está en un OCTET STRING</translation>
    </message>
    <message>
        <source>unreadable certificates</source>
        <translation>certificados ilegibles</translation>
    </message>
    <message>
        <source>not exactly one signer</source>
        <translation>no hay exactamente un firmante</translation>
    </message>
    <message>
        <source>the timestamp token is malformed (%1)</source>
        <translation>el token de sello de tiempo está mal formado (%1)</translation>
    </message>
    <message>
        <source>unreadable TSTInfo</source>
        <translation>TSTInfo ilegible</translation>
    </message>
    <message>
        <source>unreadable message imprint</source>
        <translation>huella del mensaje ilegible</translation>
    </message>
    <message>
        <source>unreadable time</source>
        <translation>hora ilegible</translation>
    </message>
    <message>
        <source>unreadable signer</source>
        <translation>firmante ilegible</translation>
    </message>
    <message>
        <source>the timestamp token is signed with a hash other than SHA-256, SHA-384 or SHA-512</source>
        <translation>el token de sello de tiempo está firmado con un hash distinto de SHA-256, SHA-384 o SHA-512</translation>
    </message>
    <message>
        <source>unreadable signed attributes</source>
        <translation>atributos firmados ilegibles</translation>
    </message>
    <message>
        <source>unreadable signed attribute</source>
        <translation>atributo firmado ilegible</translation>
    </message>
    <message>
        <source>the timestamp token&apos;s signed content type is not TSTInfo</source>
        <translation>el tipo de contenido firmado del token de sello de tiempo no es TSTInfo</translation>
    </message>
    <message>
        <source>the timestamp token was altered: its TSTInfo does not match the digest the TSA signed</source>
        <translation>el token de sello de tiempo se alteró: su TSTInfo no coincide con el resumen que firmó la TSA</translation>
    </message>
    <message>
        <source>the timestamp token does not carry the certificate of the TSA that signed it</source>
        <translation>el token de sello de tiempo no incluye el certificado de la TSA que lo firmó</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate in the timestamp token cannot be read</source>
        <translation>no se puede leer el certificado de la TSA que contiene el token de sello de tiempo</translation>
    </message>
    <message>
        <source>the timestamp token does not name the certificate that signed it (ESS signing certificate)</source>
        <translation>el token de sello de tiempo no indica el certificado que lo firmó (ESS signing certificate)</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate has no usable public key</source>
        <translation>el certificado de la TSA no tiene ninguna clave pública utilizable</translation>
    </message>
    <message>
        <source>the timestamp token&apos;s signature does not verify with the TSA&apos;s certificate (altered token)</source>
        <translation>la firma del token de sello de tiempo no se verifica con el certificado de la TSA (token alterado)</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate cannot be read</source>
        <translation>no se puede leer el certificado de la TSA</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate (%1) is not for time-stamping only (extended key usage)</source>
        <translation>el certificado de la TSA (%1) no es exclusivamente para sellado de tiempo (uso extendido de la clave)</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate (%1) does not mark its time-stamping key usage critical</source>
        <translation>el certificado de la TSA (%1) no marca como crítico su uso de la clave para sellado de tiempo</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate (%1) has no time-stamping extended key usage</source>
        <translation>el certificado de la TSA (%1) no tiene el uso extendido de la clave para sellado de tiempo</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain holds %1, which was not valid at the time of the timestamp</source>
        <translation>la cadena de certificados de la TSA contiene %1, que no era válido en el momento del sello de tiempo</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain ends at %1, which is not a root you have chosen to trust</source>
        <translation>la cadena de certificados de la TSA termina en %1, que no es una raíz en la que usted haya decidido confiar</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain is broken at %1</source>
        <translation>la cadena de certificados de la TSA está rota en %1</translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain is too long</source>
        <translation>la cadena de certificados de la TSA es demasiado larga</translation>
    </message>
</context>
<context>
    <name>smout::signing::TokenLogin</name>
    <message>
        <source>Passphrase for the certificate database</source>
        <translation>Frase de contraseña de la base de datos de certificados</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>the card or token %1 is not present: insert it and try again; nothing was signed</source>
        <translation>no se detecta la tarjeta o el token %1: insértelo y vuelva a intentarlo; no se firmó nada</translation>
    </message>
    <message>
        <source>the PIN of %1 is locked: have it unlocked by your card office; nothing was signed</source>
        <translation>el PIN de %1 está bloqueado: solicite el desbloqueo a su oficina de tarjetas; no se firmó nada</translation>
    </message>
    <message>
        <source>passphrase of the certificate database</source>
        <translation>frase de contraseña de la base de datos de certificados</translation>
    </message>
    <message>
        <source>no %1 was given; nothing was signed</source>
        <translation>no se indicó %1; no se firmó nada</translation>
    </message>
    <message>
        <source>%1; nothing was signed</source>
        <translation>%1; no se firmó nada</translation>
    </message>
    <message>
        <source>the passphrase of the certificate database is empty</source>
        <translation>la frase de contraseña de la base de datos de certificados está vacía</translation>
    </message>
    <message>
        <source>the PIN for %1 is empty: an empty PIN is never sent to a card</source>
        <translation>el PIN de %1 está vacío: nunca se envía un PIN vacío a una tarjeta</translation>
    </message>
    <message>
        <source>%1 refused the login (NSS error %2); nothing was signed</source>
        <translation>%1 rechazó el inicio de sesión (error de NSS %2); no se firmó nada</translation>
    </message>
    <message>
        <source>wrong passphrase for the certificate database</source>
        <translation>frase de contraseña incorrecta para la base de datos de certificados</translation>
    </message>
    <message>
        <source>wrong PIN — %1 is now locked; have it unlocked by your card office; nothing was signed</source>
        <translation>PIN incorrecto — %1 ha quedado bloqueado; solicite el desbloqueo a su oficina de tarjetas; no se firmó nada</translation>
    </message>
    <message>
        <source>wrong PIN for %1 — one try left before the card locks</source>
        <translation>PIN incorrecto para %1 — queda un intento antes de que se bloquee la tarjeta</translation>
    </message>
    <message>
        <source>wrong PIN for %1 — few tries left</source>
        <translation>PIN incorrecto para %1 — quedan pocos intentos</translation>
    </message>
    <message>
        <source>wrong PIN for %1</source>
        <translation>PIN incorrecto para %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::TrustAnchors</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>the scratch certificate database cannot be created: %1</source>
        <translation>no se puede crear la base de datos de certificados temporal: %1</translation>
    </message>
    <message>
        <source>trust anchor %1 cannot be stored: %2</source>
        <translation>no se puede guardar el anclaje de confianza %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>the certificate database cannot be unlocked to store trust anchors: %1</source>
        <translation>no se puede desbloquear la base de datos de certificados para guardar anclajes de confianza: %1</translation>
    </message>
</context>
<context>
    <name>smout::signing::UserCertificateDatabase</name>
    <message>
        <source>%1: %2 is not installed (Debian package libnss3-tools)</source>
        <translation>%1: %2 no está instalado (paquete de Debian libnss3-tools)</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>registering the smart-card module %1</source>
        <translation>registrando el módulo de tarjeta inteligente %1</translation>
    </message>
    <message>
        <source>a scratch file cannot be written</source>
        <translation>no se puede escribir un archivo temporal</translation>
    </message>
    <message>
        <source>moving the certificates of %1 into %2</source>
        <translation>moviendo los certificados de %1 a %2</translation>
    </message>
    <message>
        <source>the certificates were copied into %1, but %2 could not be renamed</source>
        <translation>los certificados se copiaron en %1, pero no se pudo cambiar el nombre de %2</translation>
    </message>
</context>
<context>
    <name>smout::signing::ValidationDataShape</name>
    <message>
        <source>the validation data (/DSS) is not a dictionary</source>
        <translation>los datos de validación (/DSS) no son un diccionario</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>un certificado</translation>
    </message>
    <message>
        <source>a certificate revocation list</source>
        <translation>una lista de revocación de certificados</translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation>una respuesta OCSP</translation>
    </message>
    <message>
        <source>the validation data (/DSS) holds %1, which is not validation data</source>
        <translation>los datos de validación (/DSS) contienen %1, que no forma parte de los datos de validación</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 is not %2</source>
        <translation>%1 de los datos de validación no es %2</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 is not a list</source>
        <translation>%1 de los datos de validación no es una lista</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 holds something that is not %2</source>
        <translation>%1 de los datos de validación contiene algo que no es %2</translation>
    </message>
    <message>
        <source>the validation data&apos;s /VRI is not a dictionary</source>
        <translation>/VRI de los datos de validación no es un diccionario</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 is not a signature&apos;s validation entry</source>
        <translation>%1 de los datos de validación no es una entrada de validación de una firma</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 /TS is not a timestamp token</source>
        <translation>%1 /TS de los datos de validación no es un token de sello de tiempo</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 /TU is not a date</source>
        <translation>%1 /TU de los datos de validación no es una fecha</translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 holds %2, which is not validation data</source>
        <translation>%1 de los datos de validación contiene %2, que no forma parte de los datos de validación</translation>
    </message>
</context>
<context>
    <name>smout::signing::VisibleText</name>
    <message>
        <source>the signed revision holds no readable SMOUT document: %1</source>
        <translation>la revisión firmada no contiene ningún documento SMOUT legible: %1</translation>
    </message>
    <message>
        <source>the signed revision&apos;s pages cannot be read</source>
        <translation>no se pueden leer las páginas de la revisión firmada</translation>
    </message>
    <message>
        <source>the embedded document cannot be laid out for comparison</source>
        <translation>no se puede maquetar el documento incrustado para compararlo</translation>
    </message>
    <message>
        <source>the pages do not show what the embedded data says for %1 (%2): &quot;%3&quot;</source>
        <translation>las páginas no muestran lo que indican los datos incrustados para %1 (%2): «%3»</translation>
    </message>
    <message>
        <source>the pages do not read as the embedded data: the pages show &quot;%1&quot; where the data gives &quot;%2&quot;</source>
        <translation>las páginas no coinciden con los datos incrustados: muestran «%1» donde los datos indican «%2»</translation>
    </message>
    <message>
        <source>the pages are not proven to show the embedded data: %1</source>
        <translation>no está demostrado que las páginas muestren los datos incrustados: %1</translation>
    </message>
    <message>
        <source>they are not the pages SMOUT Studio draws for it</source>
        <translation>no son las páginas que SMOUT Studio dibuja para ellos</translation>
    </message>
    <message>
        <source>the file says it was laid out by &quot;%1&quot;; this is %2</source>
        <translation>el archivo indica que lo maquetó «%1»; este es %2</translation>
    </message>
</context>
<context>
    <name>smout::store::AccessDecision</name>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Additional information required</source>
        <translation>Se requiere información adicional</translation>
    </message>
    <message>
        <source>Disapproved</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>first-line supervisor</source>
        <translation>supervisor de primer nivel</translation>
    </message>
    <message>
        <source>second-level supervisor or higher</source>
        <translation>supervisor de segundo nivel o superior</translation>
    </message>
    <message>
        <source>SES, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs</source>
        <translation>supervisor del SES, o supervisor de segundo nivel GS-15 en quien delegue la Oficina de Asuntos Internos</translation>
    </message>
    <message>
        <source>no completion date of the mandatory training</source>
        <translation>no consta la fecha en que se completó la capacitación obligatoria</translation>
    </message>
    <message>
        <source>the training completion date %1 is in the future</source>
        <translation>la fecha de finalización de la capacitación %1 es posterior a hoy</translation>
    </message>
    <message>
        <source>training completed on %1, more than a year ago</source>
        <translation>capacitación completada el %1, hace más de un año</translation>
    </message>
    <message>
        <source>no signed Rules of Behavior provided</source>
        <translation>no se aportaron las normas de conducta firmadas</translation>
    </message>
    <message>
        <source>the business justification is not substantive (at least 12 words, not a placeholder)</source>
        <translation>la justificación operativa no es sustantiva (al menos 12 palabras, sin texto de relleno)</translation>
    </message>
    <message>
        <source>no SMOUT %1 in the inventory</source>
        <translation>no hay ningún SMOUT %1 en el inventario</translation>
    </message>
    <message>
        <source>SMOUT %1 is not adjudicated met (%2)</source>
        <translation>el SMOUT %1 no está resuelto como «cumple» (%2)</translation>
    </message>
    <message>
        <source>SMOUT %1 is overdue for re-review (due %2)</source>
        <translation>el SMOUT %1 tiene vencida la nueva revisión (vencía el %2)</translation>
    </message>
    <message>
        <source>SMOUT %1 does not list the access mode %2</source>
        <translation>el SMOUT %1 no incluye el modo de acceso %2</translation>
    </message>
    <message>
        <source>training completed on %1, within the last year</source>
        <translation>capacitación completada el %1, dentro del último año</translation>
    </message>
    <message>
        <source>signed Rules of Behavior provided</source>
        <translation>se aportaron las normas de conducta firmadas</translation>
    </message>
    <message>
        <source>the business justification is substantive</source>
        <translation>la justificación operativa es sustantiva</translation>
    </message>
    <message>
        <source>SMOUT %1 is adjudicated met, not overdue for re-review, and lists the access mode %2</source>
        <translation>el SMOUT %1 está resuelto como «cumple», no tiene vencida la nueva revisión e incluye el modo de acceso %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>smout::store::AccessRequests</name>
    <message>
        <source>request %1 by %2 for %3: %4</source>
        <translation>solicitud %1 de %2 para %3: %4</translation>
    </message>
    <message>
        <source>no access request %1 in the inventory</source>
        <translation>no hay ninguna solicitud de acceso %1 en el inventario</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>solicitud %1: %2</translation>
    </message>
    <message>
        <source>the Privacy Office determination is &quot;%1&quot;; a supervisor approves only an approved request</source>
        <translation>la determinación de la Oficina de Privacidad es «%1»; un supervisor solo aprueba una solicitud aprobada</translation>
    </message>
    <message>
        <source>access mode %1 must be approved by a %2; a %3 may not approve it</source>
        <translation>el modo de acceso %1 debe aprobarlo un %2; un %3 no puede aprobarlo</translation>
    </message>
    <message>
        <source>request %1 approved by %2 (%3)</source>
        <translation>solicitud %1 aprobada por %2 (%3)</translation>
    </message>
    <message>
        <source>access request %1 has no supervisor approval to implement</source>
        <translation>la solicitud de acceso %1 no tiene una aprobación del supervisor que se pueda implementar</translation>
    </message>
    <message>
        <source>request %1 implemented on %2 (%3)</source>
        <translation>solicitud %1 implementada el %2 (%3)</translation>
    </message>
    <message>
        <source>request %1: %2 → %3 (%4)</source>
        <translation>solicitud %1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>the name of the employee</source>
        <translation>el nombre del empleado</translation>
    </message>
    <message>
        <source>the employee&apos;s location</source>
        <translation>la ubicación del empleado</translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation>el supervisor</translation>
    </message>
    <message>
        <source>the SMOUT the use relies on</source>
        <translation>el SMOUT en el que se basa el uso</translation>
    </message>
    <message>
        <source>the business justification</source>
        <translation>la justificación operativa</translation>
    </message>
    <message>
        <source>The request needs %1.</source>
        <translation>La solicitud necesita %1.</translation>
    </message>
    <message>
        <source>the system does not say who is signed in, so nobody can approve here</source>
        <translation>el sistema no indica quién ha iniciado sesión, por lo que nadie puede aprobar aquí</translation>
    </message>
</context>
<context>
    <name>smout::store::AuditChain</name>
    <message>
        <source>audit row %1 is outside the chain: it was written behind the trigger&apos;s back</source>
        <translation>la fila de auditoría %1 está fuera de la cadena: se escribió a espaldas del disparador</translation>
    </message>
    <message>
        <source>the audit rows before row %1 (chain positions %2 to %3) are missing: they were deleted</source>
        <translation>faltan las filas de auditoría anteriores a la fila %1 (posiciones de la cadena %2 a %3): se eliminaron</translation>
    </message>
    <message>
        <source>audit row %1 does not follow the row before it: a row was forged or replaced</source>
        <translation>la fila de auditoría %1 no sigue a la fila anterior: se falsificó o se sustituyó una fila</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written: its contents no longer match its hash</source>
        <translation>la fila de auditoría %1 se modificó después de escribirse: su contenido ya no coincide con su hash</translation>
    </message>
    <message>
        <source>the chain&apos;s newest rows are missing or its links were altered: the audit rows end at position %1, smout_audit_links at %2</source>
        <translation>faltan las filas más recientes de la cadena o se alteraron sus enlaces: las filas de auditoría terminan en la posición %1, smout_audit_links en la %2</translation>
    </message>
</context>
<context>
    <name>smout::store::InventoryCheck</name>
    <message>
        <source>has revisions but no entry in the inventory</source>
        <translation>tiene revisiones pero no tiene entrada en el inventario</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no se encuentra</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>does not match its checksum (changed outside SMOUT Studio, or damaged storage)</source>
        <translation>no coincide con su suma de comprobación (se modificó fuera de SMOUT Studio o el almacenamiento está dañado)</translation>
    </message>
    <message>
        <source>has no audit row</source>
        <translation>no tiene fila de auditoría</translation>
    </message>
    <message>
        <source>the inventory says revision %1 is the newest, but revision %2 is stored</source>
        <translation>el inventario indica que la revisión %1 es la más reciente, pero está almacenada la revisión %2</translation>
    </message>
    <message>
        <source>SMOUT %1 revision %2 %3</source>
        <translation>la revisión %2 del SMOUT %1 %3</translation>
    </message>
    <message>
        <source>SMOUT %1: %2</source>
        <translation>SMOUT %1: %2</translation>
    </message>
    <message>
        <source>the inventory has problems: %1</source>
        <translation>el inventario tiene problemas: %1</translation>
    </message>
    <message>
        <source>the audit chain is checked by the owner, the Privacy Office or an auditor, who see all of it</source>
        <translation>la cadena de auditoría la comprueban el propietario, la Oficina de Privacidad o un auditor, que la ven completa</translation>
    </message>
</context>
<context>
    <name>smout::store::InventoryLocation</name>
    <message>
        <source>unknown connection option &apos;%1&apos; (known: %2)</source>
        <translation>opción de conexión desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode &apos;%1&apos; no es ninguno de estos valores: disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds</source>
        <translation>connect_timeout &apos;%1&apos; no es un número de segundos</translation>
    </message>
    <message>
        <source>target_session_attrs &apos;%1&apos; is not a known value</source>
        <translation>target_session_attrs &apos;%1&apos; no es un valor conocido</translation>
    </message>
    <message>
        <source>the value of connection option &apos;%1&apos; is empty or holds &apos;;&apos;</source>
        <translation>el valor de la opción de conexión &apos;%1&apos; está vacío o contiene &apos;;&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL of the form postgresql://user@host:port/dbname</source>
        <translation>&apos;%1&apos; no es una URL de PostgreSQL con el formato postgresql://usuario@servidor:puerto/nombrebd</translation>
    </message>
    <message>
        <source>a password does not belong in the inventory URL (command lines and settings are readable by others); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>la contraseña no debe figurar en la URL del inventario (otras personas pueden leer las líneas de comandos y la configuración); póngala en ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>el puerto &apos;%1&apos; no es un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>the URL names no database: postgresql://user@host:port/dbname</source>
        <translation>la URL no indica ninguna base de datos: postgresql://usuario@servidor:puerto/nombrebd</translation>
    </message>
    <message>
        <source>a password does not belong in the inventory URL; put it in ~/.pgpass or PGPASSWORD</source>
        <translation>la contraseña no debe figurar en la URL del inventario; póngala en ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>the inventory location is empty: give a SQLite file or a postgresql:// URL</source>
        <translation>la ubicación del inventario está vacía: indique un archivo SQLite o una URL postgresql://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL: write postgresql://user@host:port/dbname</source>
        <translation>&apos;%1&apos; no es una URL de PostgreSQL: escriba postgresql://usuario@servidor:puerto/nombrebd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file URL of the form file:///path/inventory.sqlite</source>
        <translation>&apos;%1&apos; no es una URL de archivo con el formato file:///path/inventory.sqlite</translation>
    </message>
    <message>
        <source>a file URL takes only ?mode=ro (open read-only), not &apos;%1&apos;</source>
        <translation>una URL de archivo solo admite ?mode=ro (abrir en solo lectura), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of inventory: give a SQLite file path or a postgresql:// URL</source>
        <translation>&apos;%1&apos; no es un tipo de inventario conocido: indique la ruta de un archivo SQLite o una URL postgresql://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a URL with its &apos;:&apos; missing: write postgresql://user@host:port/dbname</source>
        <translation>&apos;%1&apos; parece una URL a la que le falta &apos;:&apos;: escriba postgresql://usuario@servidor:puerto/nombrebd</translation>
    </message>
    <message>
        <source>gssencmode &apos;%1&apos; is not one of disable, prefer, require</source>
        <translation>gssencmode &apos;%1&apos; no es disable, prefer ni require</translation>
    </message>
</context>
<context>
    <name>smout::store::InventorySecurity</name>
    <message>
        <source>%1 (inventory permission)</source>
        <translation>%1 (permiso del inventario)</translation>
    </message>
    <message>
        <source>a SQLite inventory is personal: its file&apos;s permissions decide who reads and changes it, so it has no roles to set up; use a PostgreSQL inventory to share one</source>
        <translation>un inventario SQLite es personal: los permisos de su archivo deciden quién lo lee y lo modifica, por lo que no tiene roles que establecer; use un inventario PostgreSQL para compartirlo</translation>
    </message>
    <message>
        <source>the inventory&apos;s roles were not set up: that needs the owner of its tables, with the right to create roles (CREATEROLE)</source>
        <translation>no se establecieron los roles del inventario: para ello se necesita el propietario de sus tablas, con el permiso para crear roles (CREATEROLE)</translation>
    </message>
    <message>
        <source>the inventory&apos;s roles were not set up: %1</source>
        <translation>no se establecieron los roles del inventario: %1</translation>
    </message>
    <message>
        <source>a SQLite inventory is personal and has no roles: its file&apos;s permissions decide who uses it</source>
        <translation>un inventario SQLite es personal y no tiene roles: los permisos de su archivo deciden quién lo usa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component code (such as CBP or ICE)</source>
        <translation>&apos;%1&apos; no es un código de componente (como CBP o ICE)</translation>
    </message>
    <message>
        <source>%1 acts for components: name them with --component</source>
        <translation>%1 actúa en nombre de componentes: indíquelos con --component</translation>
    </message>
    <message>
        <source>%1 covers every component: give no --component</source>
        <translation>%1 abarca todos los componentes: no indique --component</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a group, not a person&apos;s login</source>
        <translation>&apos;%1&apos; es un grupo, no el usuario de una persona</translation>
    </message>
    <message>
        <source>the inventory&apos;s roles do not exist yet: run &apos;smout db setup&apos; first, as the database owner</source>
        <translation>los roles del inventario aún no existen: ejecute primero &apos;smout db setup&apos; como propietario de la base de datos</translation>
    </message>
    <message>
        <source>the server has no database user &apos;%1&apos;; create it first (CREATE ROLE … LOGIN, its password set with psql&apos;s \password, never on a command line)</source>
        <translation>el servidor no tiene ningún usuario de base de datos &apos;%1&apos;; créelo primero (CREATE ROLE … LOGIN, con su contraseña establecida mediante \password de psql, nunca en una línea de comandos)</translation>
    </message>
    <message>
        <source>only the inventory&apos;s owner may change who holds its roles</source>
        <translation>solo el propietario del inventario puede cambiar quién tiene sus roles</translation>
    </message>
</context>
<context>
    <name>smout::store::InventoryStore</name>
    <message>
        <source>Category not chosen</source>
        <translation>Categoría sin elegir</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>with counsel</source>
        <translation>con la asesoría jurídica</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>adjudicated: met</source>
        <translation>resuelto: cumple</translation>
    </message>
    <message>
        <source>adjudicated: not met</source>
        <translation>resuelto: no cumple</translation>
    </message>
    <message>
        <source>the %1 database driver is not installed (Debian package %2)</source>
        <translation>el controlador de base de datos %1 no está instalado (paquete de Debian %2)</translation>
    </message>
    <message>
        <source>the inventory %1 cannot be opened: %2</source>
        <translation>no se puede abrir el inventario %1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>SMOUT %1 has no revision %2</source>
        <translation>el SMOUT %1 no tiene revisión %2</translation>
    </message>
    <message>
        <source>no SMOUT with id %1 in the inventory</source>
        <translation>no hay ningún SMOUT con el identificador %1 en el inventario</translation>
    </message>
    <message>
        <source>revision %1 of %2 is damaged: %3</source>
        <translation>la revisión %1 de %2 está dañada: %3</translation>
    </message>
    <message>
        <source>the file was edited from revision %1, but the inventory holds revision %2, saved since</source>
        <translation>el archivo se editó a partir de la revisión %1, pero el inventario contiene la revisión %2, guardada después</translation>
    </message>
    <message>
        <source>the file is revision %1; the inventory holds revision %2, saved since</source>
        <translation>el archivo es la revisión %1; el inventario contiene la revisión %2, guardada después</translation>
    </message>
    <message>
        <source>the file matches none of the stored revisions and the inventory holds revision %1; compare them, then import with --base %1 to store the file on top</source>
        <translation>el archivo no coincide con ninguna de las revisiones almacenadas y el inventario contiene la revisión %1; compárelos y luego importe con --base %1 para guardar el archivo sobre ella</translation>
    </message>
    <message>
        <source>other clients kept writing this SMOUT at the same moment; import it again</source>
        <translation>otros clientes escribían este SMOUT continuamente al mismo tiempo; vuelva a importarlo</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>no se guardó: %1</translation>
    </message>
    <message>
        <source>the inventory %1 is a folder; give a file</source>
        <translation>el inventario %1 es una carpeta; indique un archivo</translation>
    </message>
    <message>
        <source>the folder %1 of the inventory does not exist</source>
        <translation>la carpeta %1 del inventario no existe</translation>
    </message>
    <message>
        <source>the inventory %1 does not exist</source>
        <translation>el inventario %1 no existe</translation>
    </message>
    <message>
        <source>revision %1 of SMOUT %2 does not match its checksum: it was changed outside SMOUT Studio or the storage is damaged, and is not opened; run &apos;smout db check&apos;</source>
        <translation>la revisión %1 del SMOUT %2 no coincide con su suma de comprobación: se modificó fuera de SMOUT Studio o el almacenamiento está dañado, y no se abre; ejecute &apos;smout db check&apos;</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>todo el documento</translation>
    </message>
    <message>
        <source>%1 about %2, dated %3</source>
        <translation>%1 sobre %2, con fecha %3</translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <source>returned for information</source>
        <translation>devuelto para información adicional</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>presentado de nuevo</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <source>revision %1 of SMOUT %2 does not match its checksum, so the requests answered since cannot be recorded; run &apos;smout db check&apos;</source>
        <translation>la revisión %1 del SMOUT %2 no coincide con su suma de comprobación, por lo que no se pueden registrar las solicitudes respondidas desde entonces; ejecute &apos;smout db check&apos;</translation>
    </message>
    <message>
        <source>only the DHS Privacy Office may change the review section of SMOUT %1</source>
        <translation>solo la Oficina de Privacidad del DHS puede modificar la sección de revisión del SMOUT %1</translation>
    </message>
    <message>
        <source>you may not change SMOUT %1</source>
        <translation>usted no puede modificar el SMOUT %1</translation>
    </message>
    <message>
        <source>you may not change %1&apos;s SMOUTs</source>
        <translation>usted no puede modificar los SMOUT de %1</translation>
    </message>
    <message>
        <source>SMOUT %1 is stored for a component you may not see</source>
        <translation>el SMOUT %1 está almacenado para un componente que usted no puede ver</translation>
    </message>
    <message>
        <source>sent to counsel</source>
        <translation>enviado a la asesoría jurídica</translation>
    </message>
    <message>
        <source>the inventory %1 cannot be created: %2</source>
        <translation>no se puede crear el inventario %1: %2</translation>
    </message>
    <message>
        <source>SMOUT %1 is not in the inventory: save it there first</source>
        <translation>el SMOUT %1 no está en el inventario: guárdelo allí primero</translation>
    </message>
    <message>
        <source>revision %1 of SMOUT %2 is no longer the latest (%3 is): open the latest before sending it to counsel</source>
        <translation>la revisión %1 del SMOUT %2 ya no es la más reciente (lo es la %3): abra la más reciente antes de enviarla a la asesoría jurídica</translation>
    </message>
    <message>
        <source>SMOUT %1 is %2: only a draft goes to counsel</source>
        <translation>el SMOUT %1 está en estado %2: solo un borrador se envía a la asesoría jurídica</translation>
    </message>
    <message>
        <source>the file puts the SMOUT under the component %1, but the inventory holds it under %2; importing a file does not move a SMOUT to another component</source>
        <translation>el archivo asigna el SMOUT al componente %1, pero el inventario lo tiene en el componente %2; importar un archivo no traslada un SMOUT a otro componente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>role granted</source>
        <translation>función concedida</translation>
    </message>
    <message>
        <source>role revoked</source>
        <translation>función revocada</translation>
    </message>
    <message>
        <source>revision %1, signed by %2</source>
        <translation>revisión %1, firmada por %2</translation>
    </message>
    <message>
        <source>the SMOUT id &quot;%1&quot; is not in canonical form (lower case, no braces): write it as &quot;%2&quot;, so that one SMOUT never gets two records</source>
        <translation>el identificador de SMOUT «%1» no está en forma canónica (en minúsculas y sin llaves): escríbalo como «%2», para que un SMOUT nunca tenga dos registros</translation>
    </message>
    <message>
        <source>%1 (typed; entered by login %2)</source>
        <translation>%1 (nombre escrito; registrado por el usuario %2)</translation>
    </message>
    <message>
        <source>determination not signed</source>
        <translation>determinación sin firmar</translation>
    </message>
</context>
<context>
    <name>smout::store::RoleGrants</name>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1 as %2, every component</source>
        <translation>%1 como %2, todos los componentes</translation>
    </message>
    <message>
        <source>%1 as %2 for %3</source>
        <translation>%1 como %2 para %3</translation>
    </message>
</context>
<context>
    <name>smout::store::Schema</name>
    <message>
        <source>the inventory cannot be set up: %1</source>
        <translation>no se puede configurar el inventario: %1</translation>
    </message>
    <message>
        <source>updating the inventory to version %1 failed: %2</source>
        <translation>la actualización del inventario a la versión %1 falló: %2</translation>
    </message>
    <message>
        <source>this SQLite file belongs to another application (application id %1); SMOUT Studio leaves it untouched</source>
        <translation>este archivo SQLite pertenece a otra aplicación (id. de aplicación %1); SMOUT Studio no lo modifica</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>this database holds tables SMOUT Studio did not create (%1); SMOUT Studio keeps its inventory only in a database of its own and has left this one untouched — choose a new file or an empty database</source>
        <translation>esta base de datos contiene tablas que SMOUT Studio no creó (%1); SMOUT Studio guarda su inventario solo en una base de datos propia y no ha modificado esta — elija un archivo nuevo o una base de datos vacía</translation>
    </message>
    <message>
        <source>this database&apos;s smout_studio table does not name SMOUT Studio; it has been left untouched</source>
        <translation>la tabla smout_studio de esta base de datos no nombra a SMOUT Studio; no se ha modificado</translation>
    </message>
    <message>
        <source>this SQLite file lacks SMOUT Studio&apos;s application id; it has been left untouched</source>
        <translation>este archivo SQLite no tiene el id. de aplicación de SMOUT Studio; no se ha modificado</translation>
    </message>
    <message>
        <source>this inventory was made by a newer SMOUT Studio (schema %1; this one knows %2); update SMOUT Studio</source>
        <translation>este inventario lo creó una versión más reciente de SMOUT Studio (esquema %1; esta versión conoce el %2); actualice SMOUT Studio</translation>
    </message>
</context>
<context>
    <name>smout::store::StoreError</name>
    <message>
        <source>the inventory database is locked by another program that is writing to it; try again in a moment</source>
        <translation>otro programa que está escribiendo en la base de datos del inventario la tiene bloqueada; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the inventory database is read-only (file permissions, a read-only folder or medium, or a leftover -shm file owned by someone else); ask for write access or choose another inventory</source>
        <translation>la base de datos del inventario es de solo lectura (permisos del archivo, una carpeta o un medio de solo lectura, o un archivo -shm residual que pertenece a otra persona); solicite acceso de escritura o elija otro inventario</translation>
    </message>
    <message>
        <source>the inventory file cannot be opened (check that its folder exists and is readable)</source>
        <translation>no se puede abrir el archivo del inventario (compruebe que su carpeta existe y se puede leer)</translation>
    </message>
    <message>
        <source>the inventory database is damaged; run &apos;smout db check&apos; to see which SMOUTs are affected</source>
        <translation>la base de datos del inventario está dañada; ejecute &apos;smout db check&apos; para ver qué SMOUT están afectados</translation>
    </message>
    <message>
        <source>the file is not a SQLite database (or is encrypted or damaged)</source>
        <translation>el archivo no es una base de datos SQLite (o está cifrado o dañado)</translation>
    </message>
    <message>
        <source>the disk holding the inventory is full</source>
        <translation>el disco que contiene el inventario está lleno</translation>
    </message>
    <message>
        <source>the inventory file cannot be read or written (input/output error)</source>
        <translation>no se puede leer ni escribir el archivo del inventario (error de entrada/salida)</translation>
    </message>
    <message>
        <source>there is not enough memory for the inventory database</source>
        <translation>no hay memoria suficiente para la base de datos del inventario</translation>
    </message>
    <message>
        <source>the inventory refused a change that would break its consistency</source>
        <translation>el inventario rechazó un cambio que afectaría a su coherencia</translation>
    </message>
    <message>
        <source>access to the inventory database was refused</source>
        <translation>se denegó el acceso a la base de datos del inventario</translation>
    </message>
    <message>
        <source>the server refused the password (set it in ~/.pgpass or PGPASSWORD)</source>
        <translation>el servidor rechazó la contraseña (defínala en ~/.pgpass o PGPASSWORD)</translation>
    </message>
    <message>
        <source>the server does not let this user in: the role does not exist or pg_hba.conf allows no such connection</source>
        <translation>el servidor no admite a este usuario: el rol no existe o pg_hba.conf no permite esa conexión</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>esa base de datos no existe en el servidor</translation>
    </message>
    <message>
        <source>the database user lacks a permission the inventory needs</source>
        <translation>el usuario de la base de datos carece de un permiso que el inventario necesita</translation>
    </message>
    <message>
        <source>the server accepts only reads here (a read-only transaction or a standby server)</source>
        <translation>el servidor solo admite lecturas aquí (una transacción de solo lectura o un servidor en espera)</translation>
    </message>
    <message>
        <source>the server has too many connections; try again in a moment</source>
        <translation>el servidor tiene demasiadas conexiones; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down; try again in a moment</source>
        <translation>el servidor se está iniciando o apagando; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the server gave up waiting for a lock held by another client; try again in a moment</source>
        <translation>el servidor dejó de esperar un bloqueo que mantiene otro cliente; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the server stopped this change to resolve a conflict with another client&apos;s; try again</source>
        <translation>el servidor detuvo este cambio para resolver un conflicto con el de otro cliente; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>another client stored the same record at the same moment</source>
        <translation>otro cliente guardó el mismo registro en el mismo momento</translation>
    </message>
    <message>
        <source>the server ran out of a resource (disk, memory or connections)</source>
        <translation>el servidor se quedó sin un recurso (disco, memoria o conexiones)</translation>
    </message>
    <message>
        <source>the connection to the inventory server was lost; your unsaved work is kept</source>
        <translation>se perdió la conexión con el servidor del inventario; su trabajo sin guardar se conserva</translation>
    </message>
    <message>
        <source>the inventory server reports internal damage; ask its administrator</source>
        <translation>el servidor del inventario informa de daños internos; consulte a su administrador</translation>
    </message>
    <message>
        <source>the database reported an error without a description</source>
        <translation>la base de datos notificó un error sin descripción</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the connection to the inventory server failed; your unsaved work is kept</source>
        <translation>falló la conexión con el servidor del inventario; su trabajo sin guardar se conserva</translation>
    </message>
    <message>
        <source>the connection to the inventory server failed</source>
        <translation>falló la conexión con el servidor del inventario</translation>
    </message>
    <message>
        <source>the inventory server cannot be reached (is the host, port and network right? your unsaved work is kept)</source>
        <translation>no se puede acceder al servidor del inventario (¿son correctos el nombre del servidor, el puerto y la red? su trabajo sin guardar se conserva)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>el servidor rechazó la conexión</translation>
    </message>
    <message numerus="yes">
        <source>the inventory server did not answer within %n second(s) (is the host, port and network right? your unsaved work is kept)</source>
        <translation>
            <numerusform>el servidor del inventario no respondió en %n segundo (¿son correctos el nombre del servidor, el puerto y la red? su trabajo sin guardar se conserva)</numerusform>
            <numerusform>el servidor del inventario no respondió en %n segundos (¿son correctos el nombre del servidor, el puerto y la red? su trabajo sin guardar se conserva)</numerusform>
        </translation>
    </message>
    <message>
        <source>your database user may not do this in the inventory: %1</source>
        <translation>su usuario de la base de datos no puede hacer esto en el inventario: %1</translation>
    </message>
</context>
<context>
    <name>smout::workflow::DocumentSession</name>
    <message>
        <source>%1 (from a PDF)</source>
        <translation>%1 (desde un PDF)</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
    <message>
        <source>the document has no file yet; choose one with Save As</source>
        <translation>el documento aún no tiene archivo; elija uno con Guardar como</translation>
    </message>
    <message>
        <source>Untitled SMOUT</source>
        <translation>SMOUT sin título</translation>
    </message>
    <message>
        <source>Restored work</source>
        <translation>Trabajo restaurado</translation>
    </message>
</context>
<context>
    <name>smout::workflow::SignDocument</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the signed file cannot be read back</source>
        <translation>no se puede volver a leer el archivo firmado</translation>
    </message>
    <message>
        <source>%1; it was deleted</source>
        <translation>%1; se eliminó</translation>
    </message>
</context>
</TS>

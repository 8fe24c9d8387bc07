/**
 * Every interface text of the Spanish edition, in plain, neutral Spanish
 * (usted) that readers in Spain and the Americas both understand. The keys
 * are those of src/i18n/en.ts: a missing or extra one is a type error.
 */
import type { Shape } from './dictionary.ts';
import type { en } from './en.ts';
import type { IceHeatNumbers } from '../domain/iceHeat.ts';

const horas = (minutes: number): string => {
  const hours = minutes / 60;
  return hours === 1 ? '1 hora' : `${hours} horas`;
};
const goLength = (item: IceHeatNumbers): string =>
  item.checkSkinMinutes === undefined
    ? `de ${item.minutes.min} a ${item.minutes.max} minutos`
    : `hasta ${item.minutes.max} minutos`;
const gapLength = (item: IceHeatNumbers): string => `al menos ${horas(item.gapMinutes)}`;

/**
 * The reviewer's role in Spanish, one wording on every page: articles give the
 * English role (a fact shared with English, such as "Evidence editor"), tool
 * pages the Spanish one from content/es/self-care.yaml ("Editor de evidencia").
 */
const ROLES: Record<string, string> = {
  'evidence editor': 'nuestro editor de la evidencia',
  'editor de evidencia': 'nuestro editor de la evidencia',
  'editor de la evidencia': 'nuestro editor de la evidencia',
};
function roleInSpanish(role: string): string {
  return ROLES[role.toLowerCase()] ?? 'nuestro equipo editorial';
}

export const es: Shape<typeof en> = {
  layout: {
    skipLink: 'Saltar al contenido principal',
    languageLink: 'ES',
    languageLinkLabel: ': leer esta página en español',
    siteName: 'Guía del espasmo de espalda',
    tagline: 'Ayuda clara y basada en la evidencia para un espasmo de espalda',
    description:
      'Qué hacer ahora ante un espasmo de espalda: hielo o calor, cuánto descansar, cómo seguir en movimiento y cuándo pedir ayuda. En español sencillo y revisado con la evidencia.',
    disclaimer:
      'Esta página da información general, no un diagnóstico. Si le preocupa su dolor de espalda, o no mejora, hable con un médico, una enfermera, un farmacéutico o un fisioterapeuta.',
    titleWithName: (title: string) => `${title} | Guía del espasmo de espalda`,
    homeTitle: 'Guía del espasmo de espalda: ayuda clara y basada en la evidencia',
    rssTitle: 'Guía del espasmo de espalda: páginas nuevas y actualizadas',
    rssDescription: 'Páginas nuevas y actualizadas. Ayuda clara y basada en la evidencia para un espasmo de espalda.',
    imageAlt: (title: string) => `${title} (Guía del espasmo de espalda)`,
    pageAddress: 'Esta página:',
    getHelp: 'Ayuda urgente',
    mainNav: 'Principal',
    navTopics: 'Temas',
    navTools: 'Herramientas',
    navAbout: 'Acerca de',
    searchToggle: 'Buscar',
    searchClose: 'Cerrar búsqueda',
    signsLink: 'Señales de alarma',
    footerNav: 'Pie de página',
    footerTopics: 'Todos los temas',
    footerSources: 'Nuestras fuentes',
    footerAbout: 'Sobre esta guía',
    footerEditorial: 'Cómo hacemos nuestras páginas',
    footerAccessibility: 'Accesibilidad',
    footerGetHelp: 'Cuándo pedir ayuda',
    footerNote:
      'Guía del espasmo de espalda: información general de salud, revisada con la evidencia publicada. Sin anuncios, sin productos, sin rastreo.',
    footerEmergency: 'En una emergencia, llame al número de emergencias de su país:',
    footerNumbers: 'el número de emergencias de cada país',
    breadcrumbLabel: 'Ruta de navegación',
    home: 'Inicio',
    contents: 'Contenido',
    inShort: 'En resumen',
    changeLog: 'Qué cambió en esta página',
    firstPublished: 'primera publicación de la página.',
    feedUpdated: (date: string) => `Actualizado el ${date}:`,
    lastReviewed: 'Última revisión de la página:',
    lastChanged: 'Último cambio:',
    nextReview: 'Próxima revisión:',
    checkedBy: (role: string) =>
      `Revisado por: ${roleInSpanish(role)}, que comparó esta página con sus fuentes. Ningún médico ni otro profesional sanitario la ha revisado todavía.`,
    howWeCheck: 'Cómo hacemos y revisamos nuestras páginas',
    sources: 'Fuentes',
    updated: 'actualizado en',
    sourceKinds: {
      guideline: 'Guía clínica',
      'systematic-review': 'Revisión sistemática',
      trial: 'Ensayo clínico',
      cohort: 'Estudio de cohortes',
      review: 'Revisión',
      'patient-information': 'Información para pacientes',
      regulator: 'Organismo regulador',
    },
    share: 'Compartir',
    shareLabel: 'Compartir esta página',
    copyLink: 'Copiar el enlace',
    email: 'Correo electrónico',
    textMessage: 'Mensaje de texto',
    linkCopied: 'Enlace copiado',
    copyFailed: 'No se pudo copiar el enlace: cópielo de la barra de direcciones',
    print: 'Imprimir esta página',
    listen: {
      label: 'Escuchar esta página',
      play: 'Escuchar',
      pause: 'Pausa',
      resume: 'Seguir',
      stop: 'Parar',
      slower: 'Más despacio',
      faster: 'Más rápido',
      speed: 'Velocidad:',
      fromHere: 'Escuchar desde aquí:',
    },
    reportProblem: 'Informar de un problema en esta página',
    reportNote: ' (se abre su aplicación de correo)',
  },

  pages: {
    home: {
      rightNow: 'Ahora mismo',
      toolsHeading: 'Herramientas para los peores momentos',
      searchHeading: 'Buscar en la guía',
      searchLabel: 'Escriba una pregunta o unas palabras, como "cuánto tengo que descansar"',
      searchButton: 'Buscar',
      topicsHeading: 'Temas',
      recentHeading: 'Páginas nuevas y actualizadas',
    },
    glossary: {
      title: 'Glosario: las palabras médicas explicadas',
      description:
        'Qué significan, en palabras sencillas, las palabras médicas de la Guía del espasmo de espalda, de agudo y crónico a ciática y estenosis espinal.',
      heading: 'Glosario',
      lede: 'Qué significan las palabras médicas de este sitio, en palabras sencillas.',
      alsoCalled: (aliases: string) => ` (también llamado ${aliases})`,
      source: 'Fuente',
      sources: 'Fuentes',
    },
    sources: {
      title: 'Nuestras fuentes',
      description:
        'Todas las fuentes de la Guía del espasmo de espalda: guías clínicas, revisiones de la investigación y servicios nacionales de salud, con las páginas que citan cada una.',
      lede: 'Cada dato médico de este sitio viene de una de estas fuentes. Preferimos las guías clínicas, las revisiones sistemáticas y los servicios nacionales de salud.',
      citedIn: 'Citada en:',
    },
    emergencyNumbers: {
      title: 'Números de emergencias de cada país',
      description:
        'El número al que llamar para pedir una ambulancia en cada país de la guía, cómo se llama allí el servicio de urgencias y dónde conseguir ayuda el mismo día, con las fuentes oficiales.',
      lede: 'Si tiene dolor de espalda y una señal de alarma de emergencia, llame al número de emergencias del país donde esté, o vaya a su servicio de urgencias. Si un país tiene más de un número, llame primero al que aparece primero.',
      regionsLabel: 'Regiones',
      regions: {
        europe: 'Europa',
        'north-america': 'América del Norte',
        'central-america': 'Centroamérica',
        caribbean: 'El Caribe',
        'south-america': 'América del Sur',
        africa: 'África',
        asia: 'Asia',
        oceania: 'Oceanía',
      },
      ambulance: 'Ambulancia',
      department: 'Servicio de urgencias',
      sameDay: 'Ayuda el mismo día, si no es una emergencia',
      note: 'Nota',
      sources: 'Fuentes',
      read: (date: string) => `leída por un editor el ${date}`,
      unverified: 'todavía sin comprobar por un editor',
    },
    topics: {
      title: 'Todos los temas',
      description:
        'Todos los temas de la Guía del espasmo de espalda, desde los primeros auxilios y el hielo o el calor hasta cuándo pedir ayuda.',
      crumb: 'Temas',
      empty: 'Todavía estamos escribiendo las páginas de este tema. Mientras tanto, vea ',
      allTopics: 'todos los temas',
    },
    notFound: {
      title: 'No se encontró la página',
      description: 'No encontramos esa página. Busque en la Guía del espasmo de espalda o mire sus temas.',
      intro: 'No encontramos esa página. Si escribió la dirección, compruebe que está bien.',
      /** "If you need help now, see <link>." around the link to when to get help. */
      helpNow: {
        before: 'Si necesita ayuda ahora, vea ',
        link: 'cuándo pedir ayuda por el dolor de espalda',
        after: '.',
      },
      searchLabel: 'Buscar en la guía',
      searchButton: 'Buscar',
      topicsHeading: 'O elija un tema',
      home: 'Ir a la página de inicio',
      inThisLanguage: { text: '¿Buscaba una página en español?', link: 'Vaya a la página de inicio en español' },
    },
    offline: {
      title: 'No tiene conexión',
      description:
        'No hay señal, y esta página no está guardada en su dispositivo. Estas páginas se abren igualmente: cuándo pedir ayuda y las herramientas.',
      lede: 'No hay señal, y esta página todavía no está guardada en su dispositivo.',
      saved: 'Estas páginas están guardadas, así que se abren sin señal:',
      getHelp: 'Cuándo pedir ayuda por el dolor de espalda',
      home: 'Página de inicio',
    },
    ogTitle: 'Espasmo de espalda: qué hacer ahora',
  },

  article: {
    home: 'Inicio',
    about: 'Espasmo de espalda',
    related: 'Páginas relacionadas',
    disclaimer:
      'Esta página da información general, no un diagnóstico. Si le preocupa su dolor de espalda, o no mejora, hable con un médico, una enfermera, un farmacéutico o un fisioterapeuta.',
    translatedOn: (date: string) => `Traducida del inglés el ${date}.`,
    readEnglish: 'Lea la página en inglés',
    outOfDateTitle: 'Estamos actualizando esta página',
    outOfDate:
      'Hace poco cambiamos esta página en inglés, y estamos poniendo al día la traducción. Si tiene dudas sobre algo de lo que dice, pregunte a un médico o a un farmacéutico. Las señales de alarma de esta página sí están al día.',
  },

  components: {
    callout: { important: 'Importante: ' },
    doDont: { do: 'Qué hacer', dont: 'Qué no hacer' },
    table: { label: 'Tabla', withHeadings: (headings: string) => `Tabla: ${headings}` },
    copyLink: {
      label: 'Enlace a la sección:',
      copied: 'Enlace copiado',
      failed: 'No se pudo copiar: el enlace está en la barra de direcciones',
    },
    careCard: {
      call: 'Llame al',
      yourCountry: 'Su país:',
      chooseCountry: 'Elija su país',
      notIn: '¿No está en {country}?',
      everyCountry: 'El número de emergencias de cada país',
      online: '{route} en internet',
      department: 'Urgencias es la sala de emergencias del hospital.',
      afterCalls: 'No maneje ni conduzca usted mismo. No espere a ver si mejora.',
    },
    iceHeat: {
      goLength,
      gapLength,
      skinCheck: (item: IceHeatNumbers) =>
        item.checkSkinMinutes === undefined ? '' : `Mire cómo está su piel a los ${item.checkSkinMinutes} minutos.`,
      cycle: (item: IceHeatNumbers) => `${goLength(item)}, y luego ${gapLength(item)} de pausa`,
      hours: horas,
    },
    timer: {
      kind: '¿Qué va a usar?',
      minutes: 'Tiempo de uso (minutos)',
      whenUp: 'Cuando acabe el tiempo',
      sound: 'Hacer un sonido corto',
      notify: 'Mostrar un aviso (su navegador le preguntará antes)',
      start: 'Empezar',
      timeLeft: 'Tiempo que queda',
      nextGoIn: 'Siguiente vez en',
      startNext: 'Empezar otra vez',
      cancel: 'Parar el temporizador',
      close: 'Cerrar el temporizador',
      durations: { now: 'ahora', minute: '1 minuto', minutes: '{n} minutos', hour: '1 hora', hours: '{n} horas' },
    },
    firstDays: {
      title: 'Los primeros días de un espasmo de espalda, de un vistazo',
      desc: 'Las barras muestran cuánto reposo, movimiento, hielo o calor puede necesitar en cada fase: una barra baja es poco, una barra alta es mucho, y sin barra es nada. El reposo es mayor en las primeras horas y debe acabar el día 2. El movimiento crece cada día. El hielo o el calor ayudan al principio y puede seguir con ellos. Pida ayuda enseguida si tiene una señal de alarma de emergencia, en cualquier momento. Vea a un médico si no empieza a mejorar en 2 semanas.',
      helpBand: 'Señal de alarma: pida ayuda ya, cualquier día',
      scaleName: 'Lo alta que es una barra:',
      noBar: 'sin barra: nada',
      scale: ['poco', 'algo', 'mucho'],
      inWords: 'Los primeros días, en palabras',
      caption: 'Una barra más alta es más de esa cosa. Hecho con las fuentes de esta página.',
    },
    cycle: {
      title: 'El ciclo del hielo y el calor',
      desc: (name: string, cycle: string) =>
        `${name}: ${cycle}, y hasta que la piel vuelva a estar normal. Después, otra vez si le ayuda.`,
      lane: (name: string, length: string) => `${name}: ${length}`,
      on: (minutes: number) => `hasta ${minutes} min`,
      off: (hours: number) => `al menos ${hours === 1 ? '1 hora' : `${hours} horas`} de pausa`,
      next: 'otra vez',
      inWords: 'El ciclo, en palabras',
      item: (what: string, cycle: string) => `use ${what}: ${cycle}.`,
      captionBefore: 'Barras llenas: la bolsa está puesta. Huecos a rayas: la bolsa está quitada (no a escala).',
      captionAfter: 'Estos tiempos son un consejo común que no se ha probado en estudios; las fuentes no coinciden.',
    },
    positions: { caption: 'Formas de descansar que a muchas personas les resultan más fáciles para la espalda.' },
    steps: {
      start: 'Inicio',
      end: 'Final',
      caption:
        'Posición de inicio y posición final. Muévase despacio, solo hasta donde esté cómodo. Es un consejo práctico.',
    },
  },

  tools: {
    home: 'Inicio',
    tools: 'Herramientas',
    disclaimer:
      'Esta página da información general, no un diagnóstico. Si le preocupa su dolor de espalda, o no mejora, hable con un médico, una enfermera, un farmacéutico o un fisioterapeuta.',
    list: {
      'do-i-need-help': {
        title: '¿Necesito ayuda?',
        description: 'Responda sí o no a cada señal de alarma y vea qué hacer. No es un diagnóstico.',
      },
      'ice-heat-timer': {
        title: 'Temporizador de hielo y calor',
        description: 'Mida el tiempo cada vez que use hielo o calor: cuándo quitarlo y cuándo puede volver a usarlo.',
      },
      'recovery-plan': {
        title: 'Plan día a día',
        description: 'Qué hacer y qué esperar del día 1 al 14, y pasadas 2 a 6 semanas. Se imprime en una página.',
      },
    },
    check: {
      yes: 'Sí',
      no: 'No',
      clear: 'Borrar mis respuestas',
      firstHours: 'Qué hacer en las primeras 48 horas',
      howLongToRest: 'Cuánto tiempo descansar',
      timer: 'Temporizador de hielo y calor',
      plan: 'Plan día a día',
    },
    timer: {
      setTimer: 'Ponga el temporizador',
      fallback:
        'El temporizador necesita JavaScript. Use los tiempos de abajo con un reloj de cocina o una alarma del teléfono.',
      what: 'Qué usar',
      howLong: 'Cuánto tiempo cada vez',
      beforeNext: 'Antes de la siguiente vez',
      waits: (gapLength: string) => `El temporizador espera ${gapLength} y luego le pide que mire su piel.`,
    },
    plan: {
      show: 'Ver mi día',
      forget: 'Olvidar la fecha',
      print: 'Imprimir el plan',
      days: 'Días del plan',
      day: (day: number) => `Día ${day}`,
      today: 'Hoy:',
      expect: 'Qué esperar:',
      getHelp: 'Pida ayuda:',
    },
  },

  search: {
    pageTitle: 'Buscar',
    pageDescription:
      'Busque en la Guía del espasmo de espalda con sus propias palabras, por ejemplo: hielo o calor, cuánto reposo o no puedo orinar.',
    pageHeading: 'Buscar en la guía',
    /** After the emergency note, which search.astro writes from the nerve signs' own words (CARE_WORDS). */
    emergencyNoteLink: 'Todas las señales de alarma y qué hacer',
    browseTopics: 'Ver por tema',
    headerFormLabel: 'Sitio',
    headerBoxLabel: 'Buscar en la guía',
    headerPlaceholder: 'Buscar, por ejemplo: hielo o calor',
    button: 'Buscar',
    headerCardLabel: 'Según su búsqueda:',
    otherSigns: 'Otras señales de alarma',
    pageFormLabel: 'Esta página',
    pageBoxLabel: '¿Qué quiere saber?',
    pageBoxHint: 'Use sus propias palabras, por ejemplo: me dio un tirón, cuánto tiempo el hielo, no puedo orinar.',
    noScript:
      'Los resultados aparecen aquí mientras escribe si JavaScript está activado. Sin JavaScript, vea los temas más abajo.',
    empty: 'Ninguna página coincide con su búsqueda. Pruebe con menos palabras o con otras, o bien:',
    emptyHelpLink: 'vea cuándo pedir ayuda por un dolor de espalda',
    emptyTopicsLink: 'vea los temas',
    client: {
      noResults: 'Ningún resultado',
      oneResult: 'Un resultado',
      manyResults: '{n} resultados',
      emergencyStatus:
        '{found}. Su búsqueda menciona una señal de alarma de emergencia: lea los consejos de emergencia{where}',
      emergencyAbove: ' más arriba',
      unknownOne: 'Ninguna página usa la palabra {words}, así que se ha dejado fuera.',
      unknownMany: 'Ninguna página usa las palabras {words}, así que se han dejado fuera.',
      or: 'o',
      openQuote: '«',
      closeQuote: '»',
      seeAll: 'Ver todos los resultados',
      listLabel: 'Resultados de la búsqueda',
      headerError: 'La búsqueda no funciona ahora. Pulse o presione Intro (Enter) para abrir la página de búsqueda.',
      pageError: 'La búsqueda no funciona ahora. Vea los temas más abajo.',
      pageHint: 'Los resultados aparecen abajo mientras escribe. Elija uno para ir directo a esa parte de la página.',
    },
  },
};

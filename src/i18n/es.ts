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
    languageLink: 'EN',
    languageLinkLabel: ': read this page in English',
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
      heading: 'Espasmo de espalda: qué hacer ahora',
      lede: 'Un espasmo de espalda puede doler mucho, pero casi siempre se calma en unas semanas. Estos pasos pueden ayudar en las primeras horas y días.',
      rightNow: 'Ahora mismo',
      steps: [
        [
          { strong: 'Siga moviéndose con suavidad si puede.' },
          ' Camine unos pasos y cambie de postura a menudo. Pasar mucho tiempo en cama retrasa la mejoría. Si necesita acostarse, levántese cada pocas horas para caminar un poco.',
        ],
        [
          { strong: 'Pruebe el calor o el hielo para aliviarse.' },
          ' Use una compresa caliente o una bolsa de agua caliente envuelta, de 10 a 20 minutos, o una bolsa de hielo envuelta en una toalla húmeda. Nunca ponga ninguna de las dos directamente sobre la piel. ',
          { href: '/articles/ice-or-heat/', text: 'Hielo o calor: cómo elegir' },
          '.',
        ],
        [
          { strong: 'Pregunte a un farmacéutico por los analgésicos.' },
          ' Los antiinflamatorios, como el ibuprofeno, pueden ayudar un poco. No son seguros para todas las personas. Consulte antes a un farmacéutico o a un médico si toma anticoagulantes o antiagregantes, corticoides en pastillas, algunos antidepresivos o medicinas para la tensión arterial.',
        ],
        [
          { strong: 'Descanse en una postura cómoda.' },
          ' Acuéstese de lado con una almohada entre las rodillas, o boca arriba con almohadas bajo las rodillas. A partir de las 28 semanas de embarazo, acuéstese a dormir de lado, no boca arriba.',
        ],
      ],
      sourcesNote: [
        'Basado en los consejos del NHS (el servicio de salud del Reino Unido) y de NICE, y en revisiones de la investigación. Vea ',
        { href: '/sources/', text: 'nuestras fuentes' },
        '.',
      ],
      notEmergency: [
        '¿No es una emergencia, pero le preocupa? Vea ',
        { href: '/articles/when-to-get-help/', text: 'cuándo pedir ayuda por el dolor de espalda' },
        '.',
      ],
      scope: [
        'Esta guía es para adultos y jóvenes de 16 años o más. Un niño o adolescente menor de 16 años con dolor de espalda debe ver a un médico de familia. Si está embarazada, lea sobre ',
        { href: '/articles/when-to-get-help/#what-if-i-am-pregnant', text: 'el dolor de espalda en el embarazo' },
        '.',
      ],
      toolsHeading: 'Herramientas para los peores momentos',
      searchHeading: 'Buscar en la guía',
      searchLabel: 'Escriba una pregunta o unas palabras, como "cuánto tengo que descansar"',
      searchButton: 'Buscar',
      topicsHeading: 'Temas',
      recentHeading: 'Páginas nuevas y actualizadas',
    },
    about: {
      title: 'Sobre esta guía',
      description:
        'Quién escribe la Guía del espasmo de espalda, cómo se revisa cada página con la evidencia y por qué no hay anuncios ni productos.',
      lede: 'La Guía del espasmo de espalda le ayuda a pasar un espasmo de espalda: qué hacer ahora, por qué ocurrió y cuándo pedir ayuda.',
      body: [
        { h2: '¿Para quién es esta guía?', id: 'who-this-guide-is-for' },
        {
          p: [
            'Esta guía es para adultos y jóvenes de 16 años o más con dolor de espalda. Si un niño o adolescente menor de 16 años tiene dolor de espalda, llévelo a ver a un médico de familia.',
          ],
        },
        {
          p: [
            'Si está embarazada o es una persona mayor, algunos consejos son distintos. Lea sobre ',
            { href: '/articles/when-to-get-help/#what-if-i-am-pregnant', text: 'el dolor de espalda en el embarazo' },
            ' y sobre ',
            {
              href: '/articles/pain-relief-medicines/#what-if-i-am-older',
              text: 'los analgésicos en personas mayores',
            },
            '.',
          ],
        },
        { h2: 'Quiénes somos', id: 'who-we-are' },
        {
          p: [
            'Somos un equipo pequeño e independiente de redactores y programadores. No vendemos nada. No tenemos anuncios, ni patrocinadores, ni enlaces de afiliados, ni productos. No le rastreamos, y el sitio no usa cookies.',
          ],
        },
        { h2: 'Cómo escribimos nuestras páginas', id: 'how-we-write' },
        {
          p: [
            'Cada dato médico viene de una fuente de confianza: guías clínicas (como las de NICE en el Reino Unido y el American College of Physicians), revisiones de la investigación (como las revisiones Cochrane) y servicios nacionales de salud. Puede verlas todas en ',
            { href: '/sources/', text: 'nuestra página de fuentes' },
            ', y cada página enumera las que usa.',
          ],
        },
        {
          p: [
            'Decimos lo sólida que es la evidencia. Algunos consejos son un consejo habitual que dan los servicios de salud, pero que ningún estudio ha probado, como cuántos minutos usar el hielo. Lo decimos una vez en cada sección, con estas palabras: "un consejo habitual que no se ha probado en estudios". Cuando las fuentes dan cifras distintas, damos en todas partes una sola cifra, segura y habitual.',
          ],
        },
        {
          p: [
            'Escribimos en español sencillo. Revisamos cada página con una prueba de lectura y usamos frases cortas. Usamos palabras que se entienden en España y en América, y a veces las dos juntas, como "paracetamol (acetaminofén)".',
          ],
        },
        { h2: 'Cómo comprobamos y revisamos las páginas', id: 'how-we-review' },
        {
          p: [
            'Antes de publicar una página, nuestro editor de la evidencia compara cada dato con las fuentes que la página enumera. Además, unas pruebas automáticas revisan su nivel de lectura, sus enlaces y sus señales de alarma. Cada página muestra cuándo se revisó por última vez, cuándo toca la próxima revisión y quién la revisó. Revisamos cada página completa al menos cada {years} años, y antes si cambia la evidencia. Los cambios pequeños aparecen en "Qué cambió en esta página".',
          ],
        },
        {
          p: [
            { strong: 'Ningún médico ni otro profesional sanitario ha revisado todavía nuestras páginas.' },
            ' Lea más en ',
            { href: '/editorial-policy/', text: 'cómo hacemos y revisamos nuestras páginas' },
            ', y vea nuestra ',
            { href: '/accessibility/', text: 'declaración de accesibilidad' },
            '.',
          ],
        },
        { h2: 'Lo que esta guía no es', id: 'what-this-site-is-not' },
        {
          p: [
            'Esta guía da información general. No puede darle un diagnóstico. Si le preocupa, hable con un médico, una enfermera, un farmacéutico o un fisioterapeuta. Si tiene alguna de las señales de alarma de nuestra página ',
            { href: '/articles/when-to-get-help/', text: 'cuándo pedir ayuda' },
            ', haga lo que dice su tarjeta: llame a su número de emergencias o vaya a urgencias ahora si es una señal de emergencia, o pida una cita urgente para hoy si es urgente.',
          ],
        },
      ],
    },
    accessibility: {
      title: 'Declaración de accesibilidad',
      description:
        'Lo accesible que es la Guía del espasmo de espalda: el nivel que buscamos, lo que probamos, los problemas que conocemos y cómo avisarnos de un problema.',
      lede: 'Queremos que todas las personas puedan usar esta guía, también quienes usan un teclado, un lector de pantalla o el zoom.',
      body: [
        { h2: '¿Qué nivel buscamos?', id: 'standard' },
        {
          p: [
            'Queremos cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG), versión 2.2, en el nivel AA. Son las normas que usan la mayoría de los servicios de salud para que sus sitios web sirvan a las personas con discapacidad.',
          ],
        },
        { h2: '¿Qué puede hacer en este sitio?', id: 'what-you-can-do' },
        {
          ul: [
            ['ampliar el texto hasta el 400% sin que se corte ni tenga que desplazarse de lado'],
            ['usar cada página y cada herramienta solo con el teclado, y ver en qué parte de la página está'],
            ['usar un lector de pantalla: las páginas tienen títulos, etiquetas y una versión en texto de cada dibujo'],
            ['usar el modo oscuro: el sitio sigue el ajuste de su dispositivo'],
            ['leer cada artículo sin JavaScript, e imprimir cualquier página'],
          ],
        },
        { p: ['Escribimos en español sencillo y con frases cortas.'] },
        { h2: '¿Qué probamos?', id: 'what-we-test' },
        { p: ['Cada vez que el sitio cambia, unas pruebas automáticas comprueban:'] },
        {
          ul: [
            [
              'cada página, en modo claro y oscuro, con un revisor de accesibilidad (axe) según las WCAG 2.2, niveles A y AA',
            ],
            [
              'los estados que usted abre, como los resultados de búsqueda, una respuesta de la autoevaluación, un temporizador en marcha y la tarjeta de emergencia',
            ],
            ['el paso por las páginas con el teclado, y adónde va el foco'],
            ['las páginas a 320 píxeles de ancho y con un zoom del 400%'],
            ['que cada enlace se entienda por sí solo, y que el HTML sea válido'],
            ['el nivel de lectura y la longitud de las frases de cada artículo'],
          ],
        },
        { h2: '¿Qué problemas conocemos?', id: 'known-problems' },
        {
          ul: [
            [
              'Nuestras pruebas se hacen en un solo navegador (Chromium). Todavía no hemos probado el sitio en Firefox ni en Safari.',
            ],
            [
              'Todavía no hemos probado el sitio con personas que usan lectores de pantalla u otras tecnologías de apoyo.',
            ],
            [
              'El temporizador de hielo y calor necesita JavaScript, y también las respuestas de la autoevaluación y las fechas del plan. Sin JavaScript, sus páginas dan los mismos consejos en texto.',
            ],
            [
              'El sonido y los avisos del temporizador pueden llegar tarde, o no llegar, mientras la pantalla del teléfono está bloqueada.',
            ],
          ],
        },
        { h2: '¿Cómo le aviso de un problema?', id: 'report' },
        {
          when: 'feedback',
          p: [
            'Si algo de este sitio es difícil de usar, ',
            { href: '{feedback}', text: 'escríbanos por correo electrónico' },
            ', o use el enlace "Informar de un problema en esta página" de cualquier artículo o herramienta. Díganos la página y qué falló.',
          ],
        },
        {
          when: 'no-feedback',
          p: [
            'Esta copia del sitio se creó sin una dirección para comentarios, así que todavía no hay forma de informar de un problema aquí.',
          ],
        },
        { p: ['Lea ', { href: '/editorial-policy/', text: 'cómo hacemos y revisamos nuestras páginas' }, '.'] },
        { p: ['Esta declaración se revisó por última vez el {reviewed}.'] },
      ],
    },
    editorial: {
      title: 'Cómo hacemos y revisamos nuestras páginas',
      description:
        'Nuestra política editorial: de dónde viene la información, cómo decimos lo segura que es, cómo se revisan las páginas, cómo corregimos errores y por qué no vendemos nada.',
      lede: 'Esta página explica cómo escribimos la Guía del espasmo de espalda, cómo la revisamos y qué hacemos cuando algo está mal.',
      body: [
        { h2: '¿De dónde viene nuestra información?', id: 'sources' },
        { p: ['Cada dato médico de este sitio viene de una fuente de confianza. Usamos, en este orden:'] },
        {
          ul: [
            ['guías clínicas, como las de NICE en el Reino Unido y las del American College of Physicians'],
            ['revisiones que reúnen toda la buena investigación sobre una pregunta, como las revisiones Cochrane'],
            [
              'servicios nacionales de salud y folletos de hospitales, como el sitio web del NHS (el servicio de salud del Reino Unido)',
            ],
          ],
        },
        {
          p: [
            'Cada página enumera las fuentes que usa, con enlaces. Puede verlas todas en ',
            { href: '/sources/', text: 'nuestra página de fuentes' },
            '. Escribimos con nuestras propias palabras y nunca copiamos de una fuente.',
          ],
        },
        { h2: '¿Cómo decimos lo segura que es la evidencia?', id: 'evidence-words' },
        { p: ['Cuando importa, decimos lo sólida que es la investigación, con estas palabras:'] },
        {
          ul: [
            [{ strong: 'sólida' }, ': muchos estudios buenos están de acuerdo'],
            [{ strong: 'moderada' }, ': hay estudios buenos, pero menos, o los resultados varían un poco'],
            [{ strong: 'baja' }, ': los estudios son pequeños o débiles, así que la respuesta puede cambiar'],
            [{ strong: 'no encontrada' }, ': buscamos, y ningún estudio lo ha probado'],
          ],
        },
        {
          p: [
            'Algunos consejos son de sentido común y los dan los servicios de salud, pero ningún estudio los ha probado, como cuántos minutos usar el hielo. Lo marcamos una vez en cada sección como ',
            { strong: 'un consejo habitual que no se ha probado en estudios' },
            '. Cuando las fuentes dan cifras distintas, elegimos una sola cifra, segura y habitual, y la usamos en todas las páginas y en nuestras herramientas.',
          ],
        },
        { h2: '¿Cómo se revisan las páginas?', id: 'checks' },
        {
          p: [
            'Antes de publicar una página, nuestro editor de la evidencia compara cada dato con las fuentes que la página enumera. Después, unas pruebas automáticas revisan la página. Comprueban que se lea con facilidad, que las frases sean cortas, que cada enlace funcione y que cada señal de alarma venga de una sola lista.',
          ],
        },
        {
          p: [
            { strong: 'Ningún médico ni otro profesional sanitario ha revisado todavía nuestras páginas.' },
            ' Cada página dice quién la revisó y qué hizo. Lo diremos en cada página cuando la haya revisado un profesional sanitario.',
          ],
        },
        { h2: '¿Cómo mostramos las señales de alarma?', id: 'warning-signs' },
        {
          p: [
            'Guardamos todas las señales de alarma en una sola lista, en 3 niveles, como hace el NHS: llame a su número de emergencias o vaya a urgencias ahora, pida una cita urgente para hoy, o vea a un médico o a un fisioterapeuta. Cada señal tiene un solo nivel y una sola cosa que hacer, en cada página y en cada herramienta.',
          ],
        },
        { h2: '¿Cada cuánto se revisan las páginas?', id: 'reviews' },
        {
          p: [
            'Cada página muestra cuándo se revisó por última vez y cuándo toca la próxima revisión. Revisamos cada página completa al menos cada {years} años, y antes si cambia la evidencia o una guía clínica. Cuando cambiamos una página entre dos revisiones, añadimos una nota breve en "Qué cambió en esta página".',
          ],
        },
        { h2: '¿Y si algo está mal?', id: 'corrections' },
        {
          p: [
            'Si encuentra un error, díganoslo, por favor. Comparamos cada aviso con nuestras fuentes. Si la página está mal, la corregimos lo antes posible y anotamos el cambio en la página. No podemos dar consejos médicos por correo electrónico.',
          ],
        },
        {
          when: 'feedback',
          p: [
            'Use el enlace "Informar de un problema en esta página" al final de cada artículo y herramienta, o ',
            { href: '{feedback}', text: 'escríbanos sobre un problema' },
            '.',
          ],
        },
        {
          when: 'no-feedback',
          p: [
            'Esta copia del sitio se creó sin una dirección para comentarios, así que todavía no hay forma de informar de un problema aquí.',
          ],
        },
        { h2: '¿Vendemos algo?', id: 'no-products' },
        {
          p: [
            'No. No tenemos anuncios, ni patrocinadores, ni enlaces de afiliados, ni productos. Nunca nombramos marcas de medicinas ni de aparatos, y nunca damos dosis de medicinas: se las dicen el prospecto y el farmacéutico. El sitio no usa cookies y no le rastrea.',
          ],
        },
        {
          p: [
            'Lea más ',
            { href: '/about/', text: 'sobre esta guía' },
            ' y nuestra ',
            { href: '/accessibility/', text: 'declaración de accesibilidad' },
            '.',
          ],
        },
      ],
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
      helpNow: [
        'Si necesita ayuda ahora, vea ',
        { href: '/articles/when-to-get-help/', text: 'cuándo pedir ayuda por el dolor de espalda' },
        '.',
      ],
      searchLabel: 'Buscar en la guía',
      searchButton: 'Buscar',
      topicsHeading: 'O elija un tema',
      home: 'Ir a la página de inicio',
      otherLanguage: { lang: 'en-GB', text: 'Looking for a page in English?', link: 'Go to the English home page' },
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
    index: {
      title: 'Herramientas para los peores momentos',
      description:
        'Herramientas gratis para un espasmo de espalda: revise las señales de alarma, mida el hielo o el calor y siga un plan día a día. Privadas y sin conexión.',
      lede: 'Pequeñas herramientas para ayudarle con un espasmo de espalda. Funcionan en su dispositivo: nada de lo que escribe se envía, y una vez abiertas, funcionan sin conexión.',
    },
    check: {
      title: '¿Necesito ayuda? Revise las señales de alarma',
      description:
        'Responda sí o no a las señales de alarma del dolor de espalda y vea si necesita ayuda ya, hoy, o si puede cuidarse en casa.',
      lede: 'La mayoría de los dolores de espalda no son graves. Responda a cada pregunta para saber si necesita ayuda, y con qué urgencia.',
      notDiagnosis: 'Esto no es un diagnóstico.',
      onlyChecks: 'Esta herramienta solo repasa las señales de alarma de nuestra página sobre',
      whenToGetHelp: 'cuándo pedir ayuda',
      ifWorried: '. Si le preocupa, pida ayuda de todos modos.',
      private: 'Sus respuestas se quedan en este dispositivo. No se envían ni se guardan en ningún lugar.',
      yes: 'Sí',
      no: 'No',
      clear: 'Borrar mis respuestas',
      firstHours: 'Qué hacer en las primeras 48 horas',
      howLongToRest: 'Cuánto tiempo descansar',
      timer: 'Temporizador de hielo y calor',
      plan: 'Plan día a día',
    },
    timer: {
      title: 'Temporizador de hielo y calor',
      description:
        'Un temporizador sencillo para el hielo o el calor en un espasmo de espalda: cuándo quitarlo, cuándo volver a usarlo, y un aviso para mirar la piel.',
      lede: 'Mida el tiempo cada vez que use hielo o calor, y sepa cuándo puede volver a usarlo.',
      setTimer: 'Ponga el temporizador',
      fallback:
        'El temporizador necesita JavaScript. Use los tiempos de abajo con un reloj de cocina o una alarma del teléfono.',
      timings: '¿Cuánto tiempo y cada cuánto?',
      untested:
        'Estos tiempos son un consejo común que no se ha probado en estudios. Los servicios de salud dan tiempos distintos.',
      what: 'Qué usar',
      howLong: 'Cuánto tiempo cada vez',
      beforeNext: 'Antes de la siguiente vez',
      waits: (gapLength: string) => `El temporizador espera ${gapLength} y luego le pide que mire su piel.`,
      skin: '¿Cómo cuido mi piel?',
      wrap: 'Nunca ponga el hielo ni el calor directamente sobre la piel: envuélvalo siempre.',
      checkOften: 'Mire su piel a menudo, y quite la bolsa si le duele o nota la piel irritada.',
      noBoiling: 'Nunca use agua hirviendo.',
      askFirst:
        'Pregunte antes a un médico, una enfermera, un farmacéutico o un fisioterapeuta si tiene la piel adormecida, mala circulación o diabetes que le ha dañado los nervios.',
      readMore: 'Lea más:',
      timingLink: 'cuánto tiempo y cada cuánto usar hielo o calor',
      and: ', y',
      chooseLink: 'hielo o calor: cómo elegir',
    },
    plan: {
      title: 'Plan día a día para un espasmo de espalda',
      description:
        'Qué hacer y qué esperar cada día de un espasmo de espalda, del día 1 al 14 y pasadas 2 a 6 semanas: reposo, movimiento, hielo o calor, y cuándo pedir ayuda.',
      lede: 'Qué hacer y qué esperar cada día, del día 1 al 14. Cada persona es distinta: úselo como guía.',
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

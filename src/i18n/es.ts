/**
 * Every interface text of the Spanish edition, in plain, neutral Spanish
 * (usted) that readers in Spain and the Americas both understand. The keys
 * are those of src/i18n/en.ts: a missing or extra one is a type error.
 */
import type { Shape } from './dictionary.ts';
import type { en } from './en.ts';
import type { IceHeatNumbers } from '../utils/iceHeat.ts';

const horas = (minutes: number): string => {
  const hours = minutes / 60;
  return hours === 1 ? '1 hora' : `${hours} horas`;
};
const goLength = (item: IceHeatNumbers): string =>
  item.checkSkinMinutes === undefined
    ? `de ${item.minutes.min} a ${item.minutes.max} minutos`
    : `hasta ${item.minutes.max} minutos`;
const gapLength = (item: IceHeatNumbers): string => `al menos ${horas(item.gapMinutes)}`;

export const es: Shape<typeof en> = {
  layout: {
    skipLink: 'Saltar al contenido principal',
    languageLink: 'English',
    languageLinkLabel: 'Read this page in English',
  },

  pages: {},

  article: {},

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
      yourNumber: 'Su número de emergencias:',
      everyNumber: 'Mostrar todos los números',
      afterCalls:
        'Urgencias es el servicio de urgencias del hospital. No conduzca usted mismo. No espere a ver si mejora.',
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
      minutes: 'Minutos puesto',
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
        description: 'Mida cada vez que usa hielo o calor: cuándo quitarlo y cuándo puede volver a usarlo.',
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
      lede: 'La mayoría de los dolores de espalda no son graves. Responda a cada pregunta para ver si necesita ayuda, y con qué prisa.',
      notDiagnosis: 'Esto no es un diagnóstico.',
      onlyChecks: 'Solo revisa las señales de alarma de nuestra página sobre',
      whenToGetHelp: 'cuándo pedir ayuda',
      ifWorried: '. Si está preocupado, pida ayuda de todos modos.',
      private: 'Sus respuestas se quedan en este dispositivo. No se envían a ningún sitio ni se guardan.',
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
      lede: 'Mida cada vez que usa hielo o calor, y sepa cuándo puede volver a usarlo.',
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

  search: {},
};

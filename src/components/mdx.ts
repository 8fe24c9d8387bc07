/**
 * Components article writers can use in MDX, with no import needed.
 * The article page passes this map to <Content components={mdxComponents} />.
 */
import CareCard from './content/CareCard.astro';
import DoDont from './content/DoDont.astro';
import GetHelp from './content/GetHelp.astro';
import Callout from './content/Callout.astro';
import Link from './content/Link.astro';
import Table from './content/Table.astro';
import H2 from './content/H2.astro';
import H3 from './content/H3.astro';
import FirstDaysTimeline from './content/diagrams/FirstDaysTimeline.astro';
import IceHeatCycle from './content/diagrams/IceHeatCycle.astro';
import RestingPositions from './content/diagrams/RestingPositions.astro';
import StepDrawings from './content/diagrams/StepDrawings.astro';
import IceHeatTimer from './content/IceHeatTimer.astro';

export const mdxComponents = {
  CareCard,
  GetHelp,
  DoDont,
  Callout,
  FirstDaysTimeline,
  IceHeatCycle,
  RestingPositions,
  StepDrawings,
  IceHeatTimer,
  a: Link,
  h2: H2,
  h3: H3,
  table: Table,
};

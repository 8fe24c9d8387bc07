/**
 * <bsg-same-day-route>: on an urgent care card (src/components/content/CareCard.astro),
 * the reader's country's same-day route, where the table gives one: its name,
 * a call button and its website ("In the United Kingdom: NHS 111."). Nothing
 * where the country is unknown or has none: the card's heading already says
 * to call a non-emergency health line. See careCountry.ts.
 */
import { CountryElement, callButton, data, fill } from './careCountry.ts';
import type { CountryNumbers } from '../domain/emergencyNumber.ts';

class SameDayRoute extends CountryElement {
  protected show(country: CountryNumbers | null): void {
    const { words } = data();
    const route = country?.sameDay;
    this.dataset.region = country?.code ?? 'all';
    this.replaceChildren();
    if (!route) return;
    const line = document.createElement('p');
    line.className = 'care-card__calls care-card__route';
    line.append(fill(words.route, { country: country.in ?? country.name, route: route.name }));
    if (route.number) line.append(callButton(route.number));
    if (route.url) {
      const link = document.createElement('a');
      link.href = route.url;
      link.textContent = fill(words.online, { route: route.name });
      line.append(link);
    }
    this.append(line);
  }
}

if (!customElements.get('bsg-same-day-route')) customElements.define('bsg-same-day-route', SameDayRoute);

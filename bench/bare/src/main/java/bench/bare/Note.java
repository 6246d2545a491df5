package bench.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Note {

	@Id
	@GeneratedValue
	Long id;

	String text;

	public String getText() {
		return text;
	}
}
